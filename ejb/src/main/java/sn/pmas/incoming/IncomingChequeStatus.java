package sn.pmas.incoming;

import java.util.Set;

/** One way: RECEIVED → DEPOSITED → CLEARED; RECEIVED or DEPOSITED → RETURNED (unpaid). CLEARED and RETURNED are final. */
public enum IncomingChequeStatus {
    RECEIVED, DEPOSITED, CLEARED, RETURNED;

    public Set<IncomingChequeStatus> next() {
        return switch (this) {
            case RECEIVED -> Set.of(DEPOSITED, RETURNED);
            case DEPOSITED -> Set.of(CLEARED, RETURNED);
            case CLEARED, RETURNED -> Set.of();
        };
    }

    public boolean mayBecome(IncomingChequeStatus target) {
        return next().contains(target);
    }

    public String french() {
        return switch (this) {
            case RECEIVED -> "reçu";
            case DEPOSITED -> "remis en banque";
            case CLEARED -> "encaissé";
            case RETURNED -> "impayé";
        };
    }
}
