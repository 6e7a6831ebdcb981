package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement line with what it was matched with; an ambiguous or unmatched line lists the open
 * items the rules offer it ({@code candidates}, to pick on the matching screen).
 */
public record LineView(long id, int lineNumber, LocalDate bookingDate, LocalDate valueDate, long amount, String label,
                       String bankReference, Long chequeNumber, LineStatus status, String statusLabel, List<MatchView> matches,
                       List<OpenItem> candidates) {

    /** One item the line was matched with. */
    public record MatchView(String register, String reference, long amount, LocalDate itemDate, boolean manual, Long entryId) {
    }
}
