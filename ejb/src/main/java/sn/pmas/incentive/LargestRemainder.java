package sn.pmas.incentive;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits whole francs in proportion to weights so that the parts sum exactly to the total (the
 * largest-remainder method): each part is first the whole francs of its exact quotient, then the
 * francs left over go one each to the largest remainders; equal remainders go in list order
 * (callers list by rank, so the better-ranked first). Exact integer arithmetic throughout.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static long[] split(long total, List<BigInteger> weights) {
        if (total < 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("a split takes a positive total and weights");
        }
        BigInteger sum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        long[] parts = new long[weights.size()];
        if (sum.signum() == 0) {
            return parts;
        }
        BigInteger whole = BigInteger.valueOf(total);
        List<BigInteger> remainders = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] quotient = whole.multiply(weights.get(i)).divideAndRemainder(sum);
            parts[i] = quotient[0].longValueExact();
            remainders.add(quotient[1]);
            given += parts[i];
        }
        List<Integer> byRemainder = IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i)).toList();
        for (int k = 0; k < total - given; k++) {
            parts[byRemainder.get(k)]++;
        }
        return parts;
    }
}
