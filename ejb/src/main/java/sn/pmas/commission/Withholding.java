package sn.pmas.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The tax withheld on a payment for services to a third party (DOMAIN §6: 5 % on invoices of
 * 25 000 F or more), as the pool parameters in force say: {@code basisPoints} 500 is 5 %.
 */
public record Withholding(long basisPoints, long threshold) {

    public static final Withholding NONE = new Withholding(0, Long.MAX_VALUE);

    /** What is withheld on a commission: nothing below the threshold, else the rate rounded half-even. */
    public long on(long commission) {
        if (commission < threshold) {
            return 0;
        }
        return BigDecimal.valueOf(commission).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
