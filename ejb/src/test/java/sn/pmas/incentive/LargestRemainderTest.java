package sn.pmas.incentive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static List<BigInteger> weights(long... values) {
        return LongStream.of(values).mapToObj(BigInteger::valueOf).toList();
    }

    @Test
    void theFrancsLeftGoToTheLargestRemainders() {
        assertArrayEquals(new long[] {34, 33, 33}, LargestRemainder.split(100, weights(1, 1, 1)), "equal remainders: list order");
        assertArrayEquals(new long[] {1, 2}, LargestRemainder.split(3, weights(1, 2)));
        assertArrayEquals(new long[] {0, 0, 7}, LargestRemainder.split(7, weights(0, 0, 5)), "a zero weight gets nothing");
        assertArrayEquals(new long[] {0, 0}, LargestRemainder.split(7, weights(0, 0)), "nothing to weigh: nothing shared");
    }

    @Test
    void thePartsAlwaysSumToTheTotal() {
        Random random = new Random(9);
        for (int run = 0; run < 1_000; run++) {
            long total = random.nextLong(1_000_000_000L);
            long[] parts = LargestRemainder.split(total, weights(random.longs(1 + random.nextInt(40), 1, 1_000_000_000_000L).toArray()));
            assertEquals(total, LongStream.of(parts).sum());
        }
    }
}
