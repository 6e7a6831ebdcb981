package sn.pmas.currentaccount;

import java.time.LocalDate;

/** One movement of a principal's current account; {@code balance} after it, positive in the principal's favour. */
public record StatementMovement(LocalDate date, long entryId, String journalCode, String source, String sourceReference,
                                String eventType, String label, long debit, long credit, long balance) {
}
