package sn.pmas.incentive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import sn.pmas.party.ConventionType;

/**
 * What the registers say of one public provider over the care months of a fiscal year
 * (docs/provider-incentive.md): its invoices (validated claims not cancelled, and rejected ones),
 * how many reached the pool within the deadline, the amounts validated and rejected, and the
 * members who asked for a direct reimbursement of care there instead of third-party payment.
 */
public record ProviderIndicators(long providerId, String code, String name, ConventionType category, int invoices,
                                 int invoicesOnTime, long claimedAmount, long rejectedAmount, int directRequests) {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    static final int FULL_SCORE = 10_000;

    /** Invoices received within the deadline ÷ invoices (1 when none: nothing was late). */
    public BigDecimal onTimeRate() {
        return ratio(invoicesOnTime, invoices, BigDecimal.ONE);
    }

    /** Rejected ÷ invoiced amounts (validated + rejected). */
    public BigDecimal rejectionRate() {
        return ratio(rejectedAmount, claimedAmount + rejectedAmount, BigDecimal.ZERO);
    }

    /** Direct reimbursement requests ÷ (invoices + those requests): how often members paid out of pocket there. */
    public BigDecimal directRate() {
        return ratio(directRequests, (long) invoices + directRequests, BigDecimal.ZERO);
    }

    /**
     * The score in points of 10 000: the weighted sum of on-time rate, 1 − rejection rate and
     * 1 − direct rate, rounded half-up (the rounding of the workbook's ROUND, so that its formula gives the same).
     */
    public int scorePoints(IncentiveTerms terms) {
        BigDecimal score = terms.deadlineWeight().multiply(onTimeRate(), EXACT)
                .add(terms.rejectionWeight().multiply(BigDecimal.ONE.subtract(rejectionRate()), EXACT), EXACT)
                .add(terms.directWeight().multiply(BigDecimal.ONE.subtract(directRate()), EXACT), EXACT);
        return score.multiply(BigDecimal.valueOf(FULL_SCORE)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static BigDecimal ratio(long part, long whole, BigDecimal whenNone) {
        return whole == 0 ? whenNone : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), EXACT);
    }
}
