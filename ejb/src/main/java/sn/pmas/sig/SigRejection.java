package sn.pmas.sig;

import java.util.Collection;
import sn.pmas.platform.ProblemCode;

/**
 * Why the SIG sub-ledger refused an event, a submission or a file. Stable codes (docs/errors.md);
 * an event may also be refused on a ledger rule ({@code sn.pmas.ledger.Rejection}: a required
 * field, an amount, a closed period, an unknown party). A refused submission answers
 * {@link #EVENTS_REJECTED} (a file {@link #IMPORT_REJECTED}) listing each fault with its own code.
 */
public enum SigRejection implements ProblemCode {
    EVENTS_REJECTED("events.rejected", 422, "Événements refusés : rien n'a été comptabilisé"),
    EVENT_REFERENCE_CONFLICT("event.reference-conflict", 409, "Référence SIG déjà reçue avec un autre contenu"),
    PARTY_INACTIVE("party.inactive", 422, "Tiers inactif"),
    PREMIUM_EXISTS("premium.exists", 409, "Quittance déjà au registre"),
    PREMIUM_UNKNOWN("premium.unknown", 422, "Quittance absente du registre"),
    PREMIUM_EXCEEDS_OUTSTANDING("premium.exceeds-outstanding", 422, "Montant au-delà du reste à encaisser de la quittance"),
    PREMIUM_EXCEEDS_COLLECTED("premium.exceeds-collected", 422, "Remboursement au-delà de l'encaissé de la quittance"),
    CLAIM_EXISTS("claim.exists", 409, "Sinistre déjà au registre"),
    CLAIM_UNKNOWN("claim.unknown", 422, "Sinistre absent du registre des sinistres validés"),
    CLAIM_ALREADY_PAID("claim.already-paid", 409, "Sinistre déjà payé"),
    CLAIM_MEDICAL_VALIDATION_REQUIRED("claim.medical-validation-required", 422, "Validation du médecin conseil exigée"),
    CLAIM_INSUFFICIENT_FUNDS("claim.insufficient-funds", 422, "Fonds disponibles du mandant insuffisants"),
    CLAIM_FORCE_NOT_ALLOWED("claim.force-not-allowed", 403, "Seul un administrateur force un sinistre au-delà des fonds"),
    IMPORT_REJECTED("import.rejected", 422, "Fichier refusé : rien n'a été comptabilisé"),
    IMPORT_UNREADABLE("import.unreadable", 422, "Fichier illisible"),
    IMPORT_EMPTY("import.empty", 422, "Fichier sans événement"),
    IMPORT_UNKNOWN_COLUMN("import.unknown-column", 422, "Colonne inconnue"),
    IMPORT_DUPLICATE_COLUMN("import.duplicate-column", 422, "Colonne en double"),
    IMPORT_MISSING_COLUMN("import.missing-column", 422, "Colonne obligatoire absente"),
    IMPORT_TOO_MANY_ROWS("import.too-many-rows", 422, "Trop d'événements dans le fichier");

    private final Definition definition;

    SigRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /**
     * The status of a refused submission or file: 409 when its only faults are references booked
     * before with another content (the SIG corrects with a new reference), else 422.
     */
    public static int statusOf(Collection<String> faultCodes) {
        return !faultCodes.isEmpty() && faultCodes.stream().allMatch(EVENT_REFERENCE_CONFLICT.code()::equals)
                ? EVENT_REFERENCE_CONFLICT.httpStatus() : EVENTS_REJECTED.httpStatus();
    }
}
