package sn.pmas.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sources of entries that a sub-ledger books, each owned by it: an entry of such a source is
 * posted only through its owner (which hands its source to {@link PostingService#postAll(LedgerSource, java.util.List)}),
 * never by a manual entry, so that no client can take or replay a sub-ledger's idempotency key.
 * Any other source is free for manual entries and imports of other systems. A new sub-ledger adds
 * its source here.
 */
public enum LedgerSource {
    SIG("au SIG (POST /api/sig/events, /api/sig/imports)"),
    REVERSAL("aux extournes (POST /api/entries/{id}/reversal)"),
    TREASURY("à la trésorerie (chèques, virements)"),
    COMMISSION("aux commissions"),
    INCENTIVE("à l'intéressement des prestataires (POST /api/provider-incentive/{année}/confirmation)"),
    DEMO("au jeu de données de démonstration"),
    YEAR_END("à la clôture de l'exercice (POST /api/fiscal-years/{year}/closing)");

    private final String owner;

    LedgerSource(String owner) {
        this.owner = owner;
    }

    public String code() {
        return name();
    }

    /** Who books entries of this source, in French, as a refusal names it: "réservée au SIG (...)". */
    public String owner() {
        return owner;
    }

    /** The reserved source a client's source stands for, whatever its case or surrounding blanks. */
    public static Optional<LedgerSource> reserved(String source) {
        if (source == null) {
            return Optional.empty();
        }
        String normalized = source.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(normalized)).findFirst();
    }
}
