package sn.pmas.workingfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoverRuleTest {

    @Test
    void daysOfCoverDivideTheAvailableFundsByTheAverageDailyClaimOfNinetyDays() {
        long average = CoverRule.averageDailyClaims(9_000_045);
        assertEquals(100_000, average, "9 000 045 / 90 = 100 000.5, half-even");
        assertEquals(25, CoverRule.daysOfCover(2_599_999, average), "rounded down");
        assertEquals(0, CoverRule.daysOfCover(-10, average), "a fund in deficit covers no day");
        assertNull(CoverRule.daysOfCover(1_000_000, CoverRule.averageDailyClaims(0)), "no claim in 90 days: no measure");
    }

    @Test
    void theFloorIsAnAmountOrDaysOfCoverOrBoth() {
        assertTrue(CoverRule.belowFloor(999, 50, 1_000L, null));
        assertFalse(CoverRule.belowFloor(1_000, 50, 1_000L, null));
        assertTrue(CoverRule.belowFloor(5_000, 9, 1_000L, 10));
        assertFalse(CoverRule.belowFloor(5_000, null, null, 10), "days unknown: only the amount can alert");
    }

    @Test
    void theProposedCallRestoresTheTargetLevel() {
        assertEquals(7_500_000, CoverRule.proposedCall(2_500_000, 10_000_000L));
        assertEquals(0, CoverRule.proposedCall(12_000_000, 10_000_000L));
        assertEquals(10_500_000, CoverRule.proposedCall(-500_000, 10_000_000L));
        assertEquals(0, CoverRule.proposedCall(0, null), "without agreement there is no target");
    }
}
