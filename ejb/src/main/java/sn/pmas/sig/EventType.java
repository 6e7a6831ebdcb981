package sn.pmas.sig;

import java.util.Optional;

/** The SIG's financial events this engine books; docs/posting-rules.md gives what each one posts. */
public enum EventType {
    /** A quittance is issued: premium register only, premiums belong to the insurers. */
    PREMIUM_ISSUED,
    /** The insurer collected (part of) a quittance: register, and the management commission. */
    PREMIUM_COLLECTED,
    /** (Part of) a quittance not yet collected is cancelled: register only. */
    PREMIUM_CANCELLED,
    /** (Part of) a collected quittance is refunded: register, and the commission is given back. */
    PREMIUM_REFUNDED,
    /** A provider invoice or a member's file is validated for payment: charged to its principal. */
    CLAIM_VALIDATED,
    /** A validated claim is paid from the principals' bank account. */
    CLAIM_PAID,
    /** A validated claim not yet paid is withdrawn: its charge to the principal is reversed. */
    CLAIM_CANCELLED,
    /** A provider's invoice refused on control (billing error): register only, the pool owes nothing on it. */
    CLAIM_REJECTED,
    /** A principal put funds at the pool's disposal (working fund, answer to a fund call). */
    FUNDS_RECEIVED,
    /** A running cost of the pool itself, paid from the pool's own bank account. */
    OPERATING_EXPENSE;

    public static Optional<EventType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (EventType type : values()) {
            if (type.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
