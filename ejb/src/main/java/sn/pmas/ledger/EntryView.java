package sn.pmas.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A posted entry as shown to users and clients; {@code reversedByEntryId} once it is reversed. */
public record EntryView(long id, String journalCode, LocalDate entryDate, String period, String source,
                        String sourceReference, String description, long totalAmount, Long reversesEntryId,
                        Long reversedByEntryId, String postedBy, Instant postedAt, List<Line> lines) {

    public record Line(int lineNumber, String accountCode, String accountName, long debit, long credit, String label) {
    }
}
