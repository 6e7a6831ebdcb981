package sn.pmas.management;

import java.time.LocalDate;

/**
 * A principal's current account over a span, its movements sorted by what booked them. Amounts are
 * credit-positive (in the principal's favour): funds received are positive, claims, commissions and
 * fees negative, claims cancelled positive, so that {@code opening} plus the movements is
 * {@code closing} to the franc.
 *
 * @param commissions     management commissions taken on premiums collected, net of those given back on refunds
 * @param fees            fees (honoraires) taken on funds received
 * @param providerClaims  claims validated for providers (third-party payment)
 * @param memberClaims    claims validated for members reimbursed directly
 * @param cancelledClaims claims withdrawn by the SIG before payment (reversals of their charge)
 * @param other           anything else: manual entries and their reversals
 */
public record CurrentAccountSummary(LocalDate from, LocalDate to, long opening, long fundsReceived, long commissions, long fees,
                                    long providerClaims, long memberClaims, long cancelledClaims, long other, long closing) {

    /** Claims charged, net of cancellations: negative when the principal paid for care. */
    public long claims() {
        return providerClaims + memberClaims + cancelledClaims;
    }

    /** The pool's revenue from this principal (commissions and fees), as a positive figure. */
    public long revenue() {
        return -(commissions + fees);
    }
}
