package sn.pmas.management;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Claims over earned premiums for a span (docs/management-reports.md).
 *
 * @param span    the quarter ({@code 2025-Q1}) or year it covers
 * @param percent claims ÷ earned premiums × 100, two decimals half-even; null when nothing was earned
 */
public record LossRatio(String span, long earnedPremiums, long claims, BigDecimal percent) {

    static LossRatio of(String span, long earnedPremiums, long claims) {
        return new LossRatio(span, earnedPremiums, claims, earnedPremiums == 0 ? null
                : BigDecimal.valueOf(claims).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(earnedPremiums), 2, RoundingMode.HALF_EVEN));
    }
}
