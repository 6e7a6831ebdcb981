package sn.pmas.budget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The preparation rules, hand-computed: growth to the franc, months summing exactly to the year. */
class BudgetSpreadingTest {

    @Test
    void growthIsRoundedHalfEvenToTheFranc() {
        assertEquals(1_050_000, BudgetSpreading.grown(1_000_000, new BigDecimal("5")));
        // 1 001 × 1.025 = 1 026.025 → 1 026; 1 002 × 1.025 = 1 027.05 → 1 027; 10 × 1.05 = 10.5 → 10 (even)
        assertEquals(1_026, BudgetSpreading.grown(1_001, new BigDecimal("2.5")));
        assertEquals(1_027, BudgetSpreading.grown(1_002, new BigDecimal("2.5")));
        assertEquals(10, BudgetSpreading.grown(10, new BigDecimal("5")));
        assertEquals(900_000, BudgetSpreading.grown(1_000_000, new BigDecimal("-10")));
    }

    @Test
    void anEvenSpreadGivesTheFrancsLeftOverToTheFirstMonths() {
        // 1 000 003 / 12 = 83 333.58…: 83 333 each, the 7 francs left over to January … July
        long[] months = BudgetSpreading.spread(1_000_003, new long[12], Spread.EVEN);
        assertArrayEquals(new long[] {83_334, 83_334, 83_334, 83_334, 83_334, 83_334, 83_334, 83_333, 83_333, 83_333, 83_333, 83_333}, months);
        assertEquals(1_000_003, LongStream.of(months).sum());
    }

    @Test
    void aProfileSpreadFollowsTheYearBeforeMonthByMonth() {
        long[] previous = {100, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0, 700};
        // 1 000 grown by 10 % = 1 100: 110, 220, 770
        assertArrayEquals(new long[] {110, 0, 0, 220, 0, 0, 0, 0, 0, 0, 0, 770}, BudgetSpreading.prepare(previous, BigDecimal.TEN, Spread.PROFILE));
        // 1 000 grown by 0.1 % = 1 001: 100.1, 200.2, 700.7 → 100, 200, 700 and the franc left to the largest remainder (December)
        assertArrayEquals(new long[] {100, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0, 701},
                BudgetSpreading.prepare(previous, new BigDecimal("0.1"), Spread.PROFILE));
    }

    @Test
    void aZeroGrowthProfileGivesBackTheYearBefore() {
        long[] previous = {1_234_567, 2_345_678, -12_000, 0, 999_999, 1, 7, 333_333, 444_444, 555_555, 666_666, 777_777};
        assertArrayEquals(previous, BudgetSpreading.prepare(previous, BigDecimal.ZERO, Spread.PROFILE));
    }

    @Test
    void aProfileSummingToZeroIsSpreadEvenly() {
        long[] months = BudgetSpreading.spread(120, new long[] {50, -50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, Spread.PROFILE);
        assertArrayEquals(LongStream.generate(() -> 10).limit(12).toArray(), months);
    }

    @Test
    void anyTotalAndProfileSumExactly() {
        long[] previous = {3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41};
        for (long total : new long[] {1, 7, 999_999_999_999L, 123_456_789}) {
            assertEquals(total, LongStream.of(BudgetSpreading.spread(total, previous, Spread.PROFILE)).sum());
            assertEquals(total, LongStream.of(BudgetSpreading.spread(total, previous, Spread.EVEN)).sum());
        }
    }
}
