package sn.pmas.ledger;

import java.util.Objects;

/**
 * An administrator's decision to post beyond a principal's available funds, and why. The ledger
 * takes it only from a caller in the admin role, and only where the funds do not suffice.
 */
public record FundsOverride(String reason) {

    public static final int MAX_REASON = 500;

    public FundsOverride {
        Objects.requireNonNull(reason, "reason");
    }
}
