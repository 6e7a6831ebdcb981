package sn.pmas.ledger;

import java.time.LocalDate;
import java.util.List;

/** An account's movements between two dates, framed by its opening and closing balances. */
public record AccountStatement(String accountCode, String accountName, LocalDate from, LocalDate to, long opening,
                               long totalDebit, long totalCredit, long closing, List<StatementLine> lines) {
}
