package sn.pmas.commission;

import java.util.List;

/**
 * What a run owes one party: per agreement segment the base and its commission, the collections
 * behind them, the tax withheld on the whole and the net payable.
 */
public record PartyCommission(long partyId, List<Segment> segments, List<CommissionedCollection> collections,
                              long withholding) {

    public PartyCommission {
        segments = List.copyOf(segments);
        collections = List.copyOf(collections);
    }

    /** The quarter's own collections. */
    public long base() {
        return segments.stream().filter(s -> !s.adjustment()).mapToLong(Segment::base).sum();
    }

    /** Collections of earlier quarters, booked after their run. */
    public long adjustmentBase() {
        return segments.stream().filter(Segment::adjustment).mapToLong(Segment::base).sum();
    }

    public long commission() {
        return segments.stream().mapToLong(Segment::commission).sum();
    }

    public long net() {
        return commission() - withholding;
    }
}
