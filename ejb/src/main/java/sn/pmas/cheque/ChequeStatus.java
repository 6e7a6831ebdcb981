package sn.pmas.cheque;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cheque is in its one-way life. A held cheque reserves its amount like a pending
 * transfer: it ends released or voided, exactly once. VOIDED and STALE are final, as is CASHED.
 */
public enum ChequeStatus {
    /** Written from what is owed, not yet signed. */
    PREPARED("Préparé"),
    /** Signed and kept in the safe (chèque bloqué) until the money is there. */
    HELD("Bloqué"),
    /** Released: the payable is settled, the bank will pay on presentation. */
    RELEASED("Débloqué"),
    /** Handed to the payee. */
    DELIVERED("Remis"),
    /** Paid by the bank. */
    CASHED("Encaissé"),
    /** Cancelled, with a reason. */
    VOIDED("Annulé"),
    /** Never presented within its validity. */
    STALE("Périmé");

    private final String label;

    ChequeStatus(String label) {
        this.label = label;
    }

    /** French label shown in the UI and the reports. */
    public String label() {
        return label;
    }

    /** The states this one may move to. */
    public Set<ChequeStatus> next() {
        return switch (this) {
            case PREPARED -> EnumSet.of(HELD, VOIDED);
            case HELD -> EnumSet.of(RELEASED, VOIDED);
            case RELEASED -> EnumSet.of(DELIVERED, CASHED, VOIDED, STALE);
            case DELIVERED -> EnumSet.of(CASHED, VOIDED, STALE);
            case CASHED, VOIDED, STALE -> EnumSet.noneOf(ChequeStatus.class);
        };
    }

    public boolean canMoveTo(ChequeStatus target) {
        return next().contains(target);
    }

    /** Prepared or held: not yet out of the pool's hands, its amount reserved. */
    public boolean reserved() {
        return this == PREPARED || this == HELD;
    }

    /** Released (or delivered) and not yet paid by the bank. */
    public boolean outstanding() {
        return this == RELEASED || this == DELIVERED;
    }

    /** Still settling what it was written for: neither voided nor stale. */
    public boolean live() {
        return this != VOIDED && this != STALE;
    }
}
