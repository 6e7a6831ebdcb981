package sn.pmas.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The mirror image of a posted entry: every debit becomes a credit of the same amount, and back. */
final class Reversals {

    private static final int MAX_DESCRIPTION = 250;

    private Reversals() {
    }

    /**
     * The request that reverses {@code original} on {@code date}. Its source reference is derived
     * from the original's id, so asking twice cannot post two reversals. {@code eventType}: the
     * sub-ledger event that undoes the original, or null.
     */
    static PostingRequest of(JournalEntry original, Map<Long, String> accountCodes, LocalDate date, String reason, String eventType) {
        List<PostingLine> lines = original.lines().stream()
                .map(line -> line.debit() > 0
                        ? PostingLine.credit(accountCodes.get(line.accountId()), line.debit(), line.label())
                        : PostingLine.debit(accountCodes.get(line.accountId()), line.credit(), line.label()))
                .toList();
        String description = "Extourne de l'écriture n° " + original.id() + " : " + reason.strip();
        return new PostingRequest(original.journalCode(), date, LedgerSource.REVERSAL.code(), "REV-" + original.id(),
                description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description, lines, eventType);
    }
}
