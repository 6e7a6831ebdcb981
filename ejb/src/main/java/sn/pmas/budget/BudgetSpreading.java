package sn.pmas.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import sn.pmas.platform.Shares;

/**
 * The preparation rule of one account (docs/budget.md): the year before's total grown by a rate,
 * rounded half-even to the franc, then cut into twelve months by the largest-remainder rule, so
 * that the months always sum exactly to the year.
 */
public final class BudgetSpreading {

    static final int MONTHS = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetSpreading() {
    }

    /** {@code actual} × (1 + {@code growthPercent} / 100), to the franc, half-even. */
    public static long grown(long actual, BigDecimal growthPercent) {
        return BigDecimal.valueOf(actual).multiply(HUNDRED.add(growthPercent)).divide(HUNDRED, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /**
     * The year's {@code total} over its months: evenly, or in proportion to {@code profile} (the
     * year before's twelve monthly amounts); a profile summing to zero is spread evenly.
     */
    public static long[] spread(long total, long[] profile, Spread spread) {
        if (profile.length != MONTHS) {
            throw new IllegalArgumentException("a profile has twelve months, not " + profile.length);
        }
        boolean even = spread == Spread.EVEN || LongStream.of(profile).sum() == 0;
        List<Long> weights = even ? new ArrayList<>(Collections.nCopies(MONTHS, 1L)) : LongStream.of(profile).boxed().toList();
        return Shares.largestRemainder(total, weights);
    }

    /** One account's twelve budgeted months from its twelve actual months of the year before. */
    public static long[] prepare(long[] previousYear, BigDecimal growthPercent, Spread spread) {
        return spread(grown(LongStream.of(previousYear).sum(), growthPercent), previousYear, spread);
    }
}
