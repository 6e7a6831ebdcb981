package sn.pmas.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarterly run: a preview ({@code id} null, {@code confirmed} false) or a confirmed run, with
 * what it owes each party and the totals.
 */
public record RunView(Long id, CommissionKind kind, String kindLabel, String quarter, boolean confirmed, LocalDate bookedOn,
                      Long entryId, String confirmedBy, Instant confirmedAt, long base, long adjustmentBase, long commission,
                      long withholding, long net, List<LineView> lines) {

    public RunView {
        lines = List.copyOf(lines);
    }

    /** One party's line; {@code chequeReference} once confirmed, when a cheque pays it. */
    public record LineView(String partyCode, String partyName, String accountCode, long base, long adjustmentBase,
                           long commission, long withholding, long net, List<SegmentView> segments,
                           List<CollectionView> collections, String chequeReference, String chequeStatus) {

        public LineView {
            segments = List.copyOf(segments);
            collections = List.copyOf(collections);
        }
    }

    /** Collections under one agreement version: an adjustment when they belong to earlier quarters. */
    public record SegmentView(LocalDate validFrom, java.math.BigDecimal rate, boolean adjustment, long base, long commission) {
    }

    public record CollectionView(String quittance, LocalDate date, long base, java.math.BigDecimal rate, long commission,
                                 boolean adjustment) {
    }

    static RunView of(CommissionKind kind, String quarter, boolean confirmed, Long id, LocalDate bookedOn, Long entryId,
                      String confirmedBy, Instant confirmedAt, List<LineView> lines) {
        return new RunView(id, kind, kind.label(), quarter, confirmed, bookedOn, entryId, confirmedBy, confirmedAt,
                lines.stream().mapToLong(LineView::base).sum(), lines.stream().mapToLong(LineView::adjustmentBase).sum(),
                lines.stream().mapToLong(LineView::commission).sum(), lines.stream().mapToLong(LineView::withholding).sum(),
                lines.stream().mapToLong(LineView::net).sum(), lines);
    }
}
