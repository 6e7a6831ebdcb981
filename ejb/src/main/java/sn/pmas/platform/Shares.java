package sn.pmas.platform;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a whole-franc total in proportion to weights so that the parts sum exactly to the total
 * (DOMAIN §4), by the largest-remainder rule: every part gets the whole francs of its exact share,
 * and the francs left over go one each to the largest fractional remainders, the earlier weight
 * first on a tie. Weights may be negative (a refund in a base) as long as their sum is not zero.
 */
public final class Shares {

    private Shares() {
    }

    public static long[] largestRemainder(long total, List<Long> weights) {
        long[] parts = new long[weights.size()];
        BigInteger sum = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("weights summing to zero cannot share " + total);
            }
            return parts;
        }
        // a negative sum: share the opposite total among the opposite weights, then turn the parts back
        int sign = sum.signum();
        BigInteger divisor = sum.abs();
        BigInteger whole = BigInteger.valueOf(total).multiply(BigInteger.valueOf(sign));
        List<BigInteger> remainders = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] division = floorDivideAndRemainder(whole.multiply(BigInteger.valueOf(weights.get(i) * sign)), divisor);
            parts[i] = division[0].longValueExact();
            remainders.add(division[1]);
            given += parts[i];
        }
        long left = whole.longValueExact() - given;
        IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.comparing(remainders::get).reversed().thenComparing(i -> i))
                .limit(left)
                .forEach(i -> parts[i]++);
        for (int i = 0; i < parts.length; i++) {
            parts[i] *= sign;
        }
        return parts;
    }

    private static BigInteger[] floorDivideAndRemainder(BigInteger dividend, BigInteger divisor) {
        BigInteger[] division = dividend.divideAndRemainder(divisor);
        if (division[1].signum() < 0) {
            division[0] = division[0].subtract(BigInteger.ONE);
            division[1] = division[1].add(divisor);
        }
        return division;
    }
}
