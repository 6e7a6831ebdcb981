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

    /**
     * What a caller's request to force amounts to, the same from the API and the pages: nothing
     * when not asked (a reason alone is refused: it would force nothing), else an administrator's
     * decision with its reason.
     */
    public static FundsOverride requested(Boolean force, String reason, boolean callerIsAdmin) throws LedgerException {
        boolean reasonGiven = reason != null && !reason.isBlank();
        if (!Boolean.TRUE.equals(force)) {
            if (reasonGiven) {
                throw new LedgerException(Rejection.FIELD_INVALID, "force", "Un motif de forçage sans force=true : rien n'est forcé.");
            }
            return null;
        }
        if (!callerIsAdmin) {
            throw new LedgerException(Rejection.FUNDS_FORCE_NOT_ALLOWED, "force",
                    "Seul un administrateur peut forcer une écriture au-delà des fonds disponibles d'un mandant.");
        }
        if (!reasonGiven) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "forceReason", "Le motif du forçage est obligatoire.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new LedgerException(Rejection.FIELD_INVALID, "forceReason", "Le motif du forçage dépasse " + MAX_REASON + " caractères.");
        }
        return new FundsOverride(reason.strip());
    }
}
