package sn.pmas.premium;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is left of a quittance, and the premium part and commission of each new movement.
 *
 * <p>A partial movement takes its premium part in proportion (premium ÷ total), rounded half-even;
 * the movement that clears the quittance takes the remainder, so the parts sum exactly to the
 * premium. A refund gives back the commission in proportion of the collected amount refunded,
 * the last refund the remainder, so the pool never returns more than it took.
 */
public final class QuittanceBalance {

    private final long total;
    private final long premium;
    private long cancelledTotal;
    private long cancelledNet;
    private long collectedTotal;
    private long collectedNet;
    private long commissionTaken;
    private long refundedTotal;
    private long refundedNet;
    private long commissionReturned;

    public QuittanceBalance(long total, long premium) {
        if (premium <= 0 || total < premium) {
            throw new IllegalArgumentException("a quittance's premium is positive and within its total");
        }
        this.total = total;
        this.premium = premium;
    }

    /** Replays a movement already in the register. */
    public void apply(MovementType type, PremiumShare share) {
        switch (type) {
            case COLLECTED -> {
                collectedTotal += share.totalAmount();
                collectedNet += share.netPremium();
                commissionTaken += share.commission();
            }
            case CANCELLED -> {
                cancelledTotal += share.totalAmount();
                cancelledNet += share.netPremium();
            }
            case REFUNDED -> {
                refundedTotal += share.totalAmount();
                refundedNet += share.netPremium();
                commissionReturned += share.commission();
            }
        }
    }

    /** Issued, not cancelled, not collected: the arrears of this quittance. */
    public long outstanding() {
        return total - cancelledTotal - collectedTotal;
    }

    /** Collected and not yet refunded. */
    public long refundable() {
        return collectedTotal - refundedTotal;
    }

    public PremiumShare collect(long amount, BigDecimal commissionRate) {
        long net = outstandingPart(amount);
        PremiumShare share = new PremiumShare(amount, net, roundHalfEven(BigDecimal.valueOf(net).multiply(commissionRate)));
        apply(MovementType.COLLECTED, share);
        return share;
    }

    public PremiumShare cancel(long amount) {
        PremiumShare share = new PremiumShare(amount, outstandingPart(amount), 0);
        apply(MovementType.CANCELLED, share);
        return share;
    }

    public PremiumShare refund(long amount) {
        if (amount <= 0 || amount > refundable()) {
            throw new IllegalArgumentException("refund of " + amount + " beyond the " + refundable() + " refundable");
        }
        boolean last = amount == refundable();
        long net = last ? collectedNet - refundedNet
                : Math.min(collectedNet - refundedNet, proportion(amount, collectedNet, collectedTotal));
        long commission = last ? commissionTaken - commissionReturned
                : Math.min(commissionTaken - commissionReturned, proportion(amount, commissionTaken, collectedTotal));
        PremiumShare share = new PremiumShare(amount, net, commission);
        apply(MovementType.REFUNDED, share);
        return share;
    }

    private long outstandingPart(long amount) {
        if (amount <= 0 || amount > outstanding()) {
            throw new IllegalArgumentException("movement of " + amount + " beyond the " + outstanding() + " outstanding");
        }
        long remainingNet = premium - cancelledNet - collectedNet;
        return amount == outstanding() ? remainingNet : Math.min(remainingNet, proportion(amount, premium, total));
    }

    private static long proportion(long amount, long part, long whole) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long roundHalfEven(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
