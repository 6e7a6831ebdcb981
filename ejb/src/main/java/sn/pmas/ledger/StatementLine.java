package sn.pmas.ledger;

import java.time.LocalDate;

/** One movement of an account statement, with the balance after it (positive = debit). */
public record StatementLine(LocalDate entryDate, long entryId, int lineNumber, String journalCode, String accountCode,
                            String description, String label, long debit, long credit, long balance) {
}
