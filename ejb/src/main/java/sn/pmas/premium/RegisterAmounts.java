package sn.pmas.premium;

/**
 * The figures of a premium register row, whole francs. Amounts of quittances are totals
 * (premium + policy costs + taxes). Flows count what happened in the row's month (or span);
 * {@code unpaid} is a stock: what the row's quittances still owe at the end of that month.
 *
 * @param issuedCount         quittances issued
 * @param issued              total issued
 * @param collected           total collected
 * @param collectedPremium    premium part of the collections (the commission base)
 * @param collectedCommission management commission on the collections
 * @param cancelled           total cancelled
 * @param refunded            total refunded
 * @param refundedCommission  commission given back on the refunds
 * @param unpaid              issued − cancelled − collected, since the first quittance
 */
public record RegisterAmounts(long issuedCount, long issued, long collected, long collectedPremium,
                              long collectedCommission, long cancelled, long refunded, long refundedCommission,
                              long unpaid) {

    public static final RegisterAmounts ZERO = new RegisterAmounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public RegisterAmounts plus(RegisterAmounts other) {
        return new RegisterAmounts(issuedCount + other.issuedCount, issued + other.issued, collected + other.collected,
                collectedPremium + other.collectedPremium, collectedCommission + other.collectedCommission,
                cancelled + other.cancelled, refunded + other.refunded, refundedCommission + other.refundedCommission,
                unpaid + other.unpaid);
    }

    RegisterAmounts withUnpaid(long stock) {
        return new RegisterAmounts(issuedCount, issued, collected, collectedPremium, collectedCommission, cancelled,
                refunded, refundedCommission, stock);
    }

    /** Nothing happened and nothing is owed. */
    boolean isEmpty() {
        return equals(ZERO);
    }
}
