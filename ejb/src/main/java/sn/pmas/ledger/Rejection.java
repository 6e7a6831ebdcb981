package sn.pmas.ledger;

import sn.pmas.platform.ProblemCode;

/**
 * Why the ledger refused a request. The code is stable: clients match on it, the docs list it
 * (docs/errors.md), and each maps to one HTTP status.
 */
public enum Rejection implements ProblemCode {
    FIELD_REQUIRED("field.required", 400, "Champ obligatoire manquant"),
    FIELD_INVALID("field.invalid", 400, "Valeur invalide"),
    TOO_FEW_LINES("entry.too-few-lines", 422, "Une écriture compte au moins deux lignes"),
    TOO_MANY_LINES("entry.too-many-lines", 422, "Trop de lignes dans l'écriture"),
    UNBALANCED("entry.unbalanced", 422, "Total des débits différent du total des crédits"),
    AMOUNT_NOT_POSITIVE("line.amount-not-positive", 422, "Montant nul ou négatif"),
    AMOUNT_NOT_WHOLE("line.amount-not-whole", 422, "Le franc CFA n'a pas de centimes : montant entier exigé"),
    AMOUNT_TOO_LARGE("line.amount-too-large", 422, "Montant hors limites"),
    DEBIT_AND_CREDIT("line.debit-and-credit", 422, "Une ligne porte soit un débit soit un crédit"),
    NO_AMOUNT("line.no-amount", 422, "Ligne sans montant"),
    ACCOUNT_UNKNOWN("account.unknown", 422, "Compte inconnu"),
    ACCOUNT_INACTIVE("account.inactive", 422, "Compte inactif"),
    ACCOUNT_NOT_POSTABLE("account.not-postable", 422, "Compte non mouvementable (compte de regroupement ou collectif)"),
    ACCOUNT_EXISTS("account.exists", 409, "Ce numéro de compte existe déjà"),
    ACCOUNT_PARENT_MISSING("account.parent-missing", 422, "Aucun compte parent pour ce numéro"),
    ACCOUNT_PARENT_HAS_POSTINGS("account.parent-has-postings", 409, "Le compte parent est déjà mouvementé"),
    JOURNAL_UNKNOWN("journal.unknown", 422, "Journal inconnu"),
    PERIOD_MISSING("period.missing", 422, "Aucune période comptable ouverte pour cette date"),
    PERIOD_CLOSED("period.closed", 409, "Période clôturée : aucune écriture n'y est plus admise"),
    PERIOD_ALREADY_CLOSED("period.already-closed", 409, "Période déjà clôturée"),
    PERIOD_ALREADY_OPEN("period.already-open", 409, "Période déjà ouverte"),
    FISCAL_YEAR_EXISTS("fiscal-year.exists", 409, "Exercice déjà ouvert"),
    SOURCE_REFERENCE_CONFLICT("entry.source-reference-conflict", 409, "Référence source déjà comptabilisée avec un autre contenu"),
    ENTRY_NOT_FOUND("entry.not-found", 404, "Écriture introuvable"),
    ENTRY_ALREADY_REVERSED("entry.already-reversed", 409, "Écriture déjà extournée"),
    ENTRY_IS_REVERSAL("entry.is-reversal", 409, "Une extourne ne s'extourne pas : passer une nouvelle écriture"),
    PARTY_UNKNOWN("party.unknown", 404, "Tiers inconnu"),
    PARTY_EXISTS("party.exists", 409, "Ce code tiers existe déjà"),
    AGREEMENT_MISSING("agreement.missing", 422, "Aucune convention en vigueur pour ce mandant à cette date"),
    ALERT_STATE("alert.state", 409, "L'alerte a déjà passé cette étape"),
    PRINCIPAL_INACTIVE("principal.inactive", 422, "Mandant inactif"),
    FUND_CALL_NOT_NEEDED("fund-call.not-needed", 422, "Fonds disponibles au niveau cible : aucun montant à appeler"),
    CONFIRMATION_EXISTS("confirmation.exists", 409, "Confirmation de solde déjà émise pour ce mandant et ce trimestre"),
    CONFIRMATION_ANSWERED("confirmation.answered", 409, "Réponse du mandant déjà enregistrée"),
    NOT_FOUND("resource.not-found", 404, "Ressource introuvable"),
    IMPORT_TOO_LARGE("import.too-large", 413, "Fichier trop volumineux"),
    SOURCE_RESERVED("entry.source-reserved", 422, "Source réservée à un sous-journal"),
    DUPLICATE("data.duplicate", 409, "Enregistrement déjà existant"),
    CONSTRAINT_VIOLATED("data.constraint", 422, "Donnée refusée par une règle de la base"),
    CONCURRENT_UPDATE("request.concurrent-update", 409, "Opération concurrente sur les mêmes données : réessayer");

    private final Definition definition;

    Rejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
