package sn.pmas.workingfund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Days of cover and the alert floor. The average daily claim is taken over the last 90 days
 * (claims validated in them ÷ 90, half-even); days of cover = available ÷ that average, rounded
 * down, none when no claim was validated in 90 days; a fund in deficit covers 0 days.
 */
final class CoverRule {

    static final int WINDOW_DAYS = 90;

    private CoverRule() {
    }

    static long averageDailyClaims(long claimsOfWindow) {
        return BigDecimal.valueOf(claimsOfWindow).divide(BigDecimal.valueOf(WINDOW_DAYS), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    static Integer daysOfCover(long available, long averageDailyClaims) {
        if (averageDailyClaims <= 0) {
            return null;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, available) / averageDailyClaims);
    }

    static boolean belowFloor(long available, Integer daysOfCover, Long floorAmount, Integer floorDays) {
        return (floorAmount != null && available < floorAmount)
                || (floorDays != null && daysOfCover != null && daysOfCover < floorDays);
    }

    static long proposedCall(long available, Long targetLevel) {
        return targetLevel == null ? 0 : Math.max(0, targetLevel - available);
    }
}
