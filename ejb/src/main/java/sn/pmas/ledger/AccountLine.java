package sn.pmas.ledger;

import java.time.LocalDate;

/** A line of an account as statements show it: the line, and its entry's journal, description and source. */
public record AccountLine(LocalDate date, long entryId, int lineNumber, long accountId, String journalCode, String description,
                          String source, String sourceReference, String label, long debit, long credit) {
}
