package sn.pmas.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budget against actual for one span: the variance is actual − budget, in francs, and in percent
 * of the budget (one decimal, half-even; null when nothing was budgeted).
 */
public record Variance(long budget, long actual, long amount, BigDecimal percent) {

    public static Variance of(long budget, long actual) {
        long amount = actual - budget;
        BigDecimal percent = budget == 0 ? null
                : BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(Math.abs(budget)), 1, RoundingMode.HALF_EVEN);
        return new Variance(budget, actual, amount, percent);
    }

    Variance plus(Variance other) {
        return of(budget + other.budget, actual + other.actual);
    }

    Variance minus(Variance other) {
        return of(budget - other.budget, actual - other.actual);
    }
}
