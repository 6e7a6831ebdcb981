package sn.pmas.commission;

import java.time.LocalDate;

/**
 * A collection (or a refund, with a negative base) on a quittance of the party's contracts, not
 * yet commissioned. {@code base} is its premium part, policy costs and taxes excluded (the premium
 * register's {@code net_premium}); {@code adjustment} when it is dated before the run's quarter:
 * booked after that quarter's run.
 */
public record Collection(long movementId, long partyId, LocalDate date, String quittance, long base, boolean adjustment) {
}
