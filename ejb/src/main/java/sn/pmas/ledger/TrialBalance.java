package sn.pmas.ledger;

import java.time.LocalDate;
import java.util.List;

/** The balance générale between two dates: per account and in total. */
public record TrialBalance(LocalDate from, LocalDate to, List<TrialBalanceRow> rows, TrialBalanceRow totals) {

    /** Debits equal credits and the signed balances sum to zero: the ledger is in balance. */
    public boolean balanced() {
        return totals.debit() == totals.credit() && totals.opening() == 0 && totals.closing() == 0;
    }
}
