package sn.pmas.reconciliation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.platform.SqlValues;

/**
 * A register a sub-ledger keeps, paired with the ledger lines that should mirror it. Implemented
 * by a CDI bean of the sub-ledger (any scope): {@link Reconciliations} finds every such bean.
 * Amounts are credit-positive, as the ledger side is read (credits minus debits), and keyed by
 * the ledger account they belong to: an auxiliary account's code (4011.HR-THIES) where the
 * register knows the party, else the general account's (47122).
 */
public interface ReconciledRegister {

    /** Stable identifier of the pair, in the API and the page: {@code claims.providers}. */
    String code();

    /** What the register is, in French, for the page: "Sinistres à payer aux prestataires". */
    String title();

    /** Which ledger lines are the register's counterpart, and over which span. */
    LedgerSide ledgerSide();

    /** The register's amount per ledger account for what happened from {@code from} to {@code to}, both included. */
    Map<String, Long> totals(LocalDate from, LocalDate to);

    /** The register's totals from rows of (account code, amount), as {@link #totals} returns them. */
    static Map<String, Long> byAccount(List<?> rows) {
        Map<String, Long> totals = new HashMap<>();
        rows.forEach(row -> totals.put((String) ((Object[]) row)[0], SqlValues.longOf(((Object[]) row)[1])));
        return totals;
    }

    /** What makes up one account's amount over the span, item by item, each naming the entry that should have posted it. */
    List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to);
}
