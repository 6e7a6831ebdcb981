package sn.pmas.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void thePartsSumExactlyToTheTotalAndTheLargestRemaindersTakeTheFrancsLeft() {
        // 100 over thirds: 33.33 each, the franc left goes to the first (ties: earlier weight first)
        assertArrayEquals(new long[] {34, 33, 33}, Shares.largestRemainder(100, List.of(1L, 1L, 1L)));
        // 7 % of 1 000 + 2 000 + 3 001 = 420.07 → 420: exact shares 69.99, 139.98, 210.05
        assertArrayEquals(new long[] {70, 140, 210}, Shares.largestRemainder(420, List.of(1_000L, 2_000L, 3_001L)));
    }

    @Test
    void aRefundAmongTheWeightsTakesANegativePart() {
        long[] parts = Shares.largestRemainder(700, List.of(12_000L, -2_000L));
        assertArrayEquals(new long[] {840, -140}, parts);
        long[] back = Shares.largestRemainder(-71, List.of(-1_000L, -15L));
        assertEquals(-71, Arrays.stream(back).sum());
    }

    @Test
    void manyOddWeightsStillSumToTheTotal() {
        List<Long> weights = List.of(333_333L, 1L, 777_777L, 12L, 5L, 999_999L, 250_000L);
        for (long total : new long[] {0, 1, 13, 99_999, 147_751}) {
            assertEquals(total, Arrays.stream(Shares.largestRemainder(total, weights)).sum());
        }
    }
}
