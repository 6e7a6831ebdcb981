package sn.pmas.audittrail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One line of a sealed entry as the flat journal file shows it, and as its hash reads it: the
 * {@link #cells()} are the file's first sixteen columns, word for word, so an auditor re-computes
 * the hash from the file alone.
 *
 * @param account   the general account: the control account of an auxiliary one
 * @param auxiliary the auxiliary account's own code (e.g. {@code 4581.ASKIA}), or empty
 * @param label     the line's label, or the entry's description when the line has none
 * @param postedAt  the posting time as stored (server time), kept to the microsecond
 * @param reverses  the id of the entry this one reverses, or null
 */
public record JournalRow(String journal, long number, LocalDate date, long entryId, int lineNumber, String account,
                         String auxiliary, String label, long debit, long credit, String source, String sourceReference,
                         String description, LocalDateTime postedAt, String postedBy, Long reverses) {

    /** The file's header of these cells, then of the two hashes. */
    public static final List<String> HEADERS = List.of("JournalCode", "EntryNumber", "EntryDate", "EntryId", "LineNumber",
            "Account", "AuxiliaryAccount", "Label", "Debit", "Credit", "Source", "SourceReference", "Description",
            "PostedAt", "PostedBy", "ReversesEntry", "PreviousHash", "EntryHash");

    private static final DateTimeFormatter POSTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    public List<String> cells() {
        return List.of(journal, Long.toString(number), date.toString(), Long.toString(entryId), Integer.toString(lineNumber),
                account, auxiliary, label, Long.toString(debit), Long.toString(credit), source, sourceReference, description,
                POSTED_AT.format(postedAt), postedBy, reverses == null ? "" : reverses.toString());
    }

    /** The same line once the entry has its number (rows are read before the sealer numbers them). */
    JournalRow numbered(long entryNumber) {
        return new JournalRow(journal, entryNumber, date, entryId, lineNumber, account, auxiliary, label, debit, credit, source,
                sourceReference, description, postedAt, postedBy, reverses);
    }
}
