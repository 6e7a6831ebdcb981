package sn.pmas.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed quarters: a rate change inside the quarter, rounding, an adjustment, a refund, withholding. */
class CommissionComputationTest {

    private static final Withholding FIVE_PERCENT_FROM_25_000 = new Withholding(500, 25_000);
    private static final long GROUP = 1;
    private static final long OTHER = 2;

    private static final RateVersion SEVEN = new RateVersion(10L, LocalDate.of(2025, 1, 1), new BigDecimal("0.07"));
    private static final RateVersion EIGHT = new RateVersion(11L, LocalDate.of(2025, 2, 15), new BigDecimal("0.08"));

    private static Collection collected(long id, long party, String date, long base) {
        return new Collection(id, party, LocalDate.parse(date), "Q-" + id, base, false);
    }

    @Test
    void aRateChangeInsideTheQuarterSplitsTheBaseAtTheChange() {
        List<Collection> quarter = List.of(collected(1, GROUP, "2025-01-25", 4_000_000), collected(2, GROUP, "2025-02-14", 1_000_003),
                collected(3, GROUP, "2025-02-15", 2_000_000), collected(4, GROUP, "2025-03-26", 1_234_567));
        PartyCommission owed = CommissionComputation.compute(quarter, Map.of(GROUP, List.of(EIGHT, SEVEN)), Withholding.NONE).get(0);

        assertEquals(2, owed.segments().size());
        Segment before = owed.segments().get(0);
        assertEquals(LocalDate.of(2025, 1, 1), before.validFrom());
        assertEquals(5_000_003, before.base());
        assertEquals(350_000, before.commission(), "7 % of 5 000 003 = 350 000.21 → 350 000");
        Segment after = owed.segments().get(1);
        assertEquals(3_234_567, after.base());
        assertEquals(258_765, after.commission(), "8 % of 3 234 567 = 258 765.36 → 258 765");
        assertEquals(8_234_570, owed.base());
        assertEquals(608_765, owed.commission());
        assertEquals(608_765, owed.collections().stream().mapToLong(CommissionedCollection::commission).sum(),
                "the collections' parts sum exactly to the commission");
        assertEquals(new BigDecimal("0.08"), owed.collections().get(2).rate(), "the collection of the change day takes the new rate");
    }

    @Test
    void roundingIsHalfEvenOncePerSegment() {
        // 7 % of 50 = 3.5 → 4 (even); 7 % of 150 = 10.5 → 10 (even)
        assertEquals(4, CommissionComputation.commission(50, new BigDecimal("0.07")));
        assertEquals(10, CommissionComputation.commission(150, new BigDecimal("0.07")));
        // three collections of 50: 7 % of 150 = 10.5 → 10, not 3 × 4 = 12
        List<Collection> small = List.of(collected(1, GROUP, "2025-01-10", 50), collected(2, GROUP, "2025-01-11", 50),
                collected(3, GROUP, "2025-01-12", 50));
        PartyCommission owed = CommissionComputation.compute(small, Map.of(GROUP, List.of(SEVEN)), Withholding.NONE).get(0);
        assertEquals(10, owed.commission());
        assertEquals(List.of(4L, 3L, 3L), owed.collections().stream().map(CommissionedCollection::commission).toList());
    }

    @Test
    void collectionsOfEarlierQuartersAreAnAdjustmentSegmentAndRefundsReduceTheBase() {
        List<Collection> collections = List.of(new Collection(1, GROUP, LocalDate.parse("2025-03-20"), "Q-1", 600_000, true),
                collected(2, GROUP, "2025-04-25", 3_000_000), collected(3, GROUP, "2025-05-02", -500_000));
        PartyCommission owed = CommissionComputation.compute(collections, Map.of(GROUP, List.of(SEVEN)), FIVE_PERCENT_FROM_25_000).get(0);

        assertTrue(owed.segments().get(0).adjustment(), "the adjustment is shown first, as such");
        assertEquals(600_000, owed.adjustmentBase());
        assertEquals(42_000, owed.segments().get(0).commission());
        assertEquals(2_500_000, owed.base());
        assertEquals(175_000, owed.segments().get(1).commission());
        assertEquals(217_000, owed.commission());
        assertEquals(10_850, owed.withholding(), "5 % of 217 000");
        assertEquals(206_150, owed.net());
    }

    @Test
    void withholdingStartsAtTheThresholdAndPartiesWithoutAgreementEarnNothing() {
        List<Collection> collections = List.of(collected(1, GROUP, "2025-01-10", 357_000), collected(2, OTHER, "2025-01-10", 357_143),
                collected(3, GROUP, "2024-12-31", 1_000_000));
        List<PartyCommission> owed = CommissionComputation.compute(collections,
                Map.of(GROUP, List.of(SEVEN), OTHER, List.of(SEVEN)), FIVE_PERCENT_FROM_25_000);
        assertEquals(24_990, owed.get(0).commission(), "7 % of 357 000; the collection before the agreement is not commissioned");
        assertEquals(0, owed.get(0).withholding(), "below 25 000 nothing is withheld");
        assertEquals(25_000, owed.get(1).commission());
        assertEquals(1_250, owed.get(1).withholding());
        assertEquals(List.of(), CommissionComputation.compute(collections, Map.of(), FIVE_PERCENT_FROM_25_000));
    }
}
