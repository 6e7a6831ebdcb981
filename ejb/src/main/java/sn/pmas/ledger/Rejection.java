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
    PERIOD_NOT_CLOSED("period.not-closed", 409, "Période non clôturée : ce rapport attend la clôture du mois"),
    FISCAL_YEAR_EXISTS("fiscal-year.exists", 409, "Exercice déjà ouvert"),
    FISCAL_YEAR_CLOSED("fiscal-year.closed", 409, "Exercice clôturé : ni écriture ni réouverture de période"),
    BEFORE_CLOSED_YEAR("fiscal-year.before-closed", 409, "Exercice antérieur à un exercice clôturé : ses soldes sont dans les à-nouveaux de celui-ci"),
    SOURCE_REFERENCE_CONFLICT("entry.source-reference-conflict", 409, "Référence source déjà comptabilisée avec un autre contenu"),
    ENTRY_NOT_FOUND("entry.not-found", 404, "Écriture introuvable"),
    ENTRY_ALREADY_REVERSED("entry.already-reversed", 409, "Écriture déjà extournée"),
    ENTRY_IS_REVERSAL("entry.is-reversal", 409, "Une extourne ne s'extourne pas : passer une nouvelle écriture"),
    ENTRY_OWNED_BY_SUBLEDGER("entry.owned-by-subledger", 409, "Écriture d'un sous-journal : l'annuler par ce sous-journal"),
    FUNDS_INSUFFICIENT("funds.insufficient", 422, "Fonds disponibles du mandant insuffisants"),
    FUNDS_FORCE_NOT_ALLOWED("funds.force-not-allowed", 403, "Seul un administrateur peut forcer une écriture au-delà des fonds disponibles"),
    PARTY_UNKNOWN("party.unknown", 404, "Tiers inconnu"),
    PARTY_EXISTS("party.exists", 409, "Ce code tiers existe déjà"),
    AGREEMENT_MISSING("agreement.missing", 422, "Aucune convention en vigueur pour ce mandant à cette date"),
    ALERT_STATE("alert.state", 409, "L'alerte a déjà passé cette étape"),
    PRINCIPAL_INACTIVE("principal.inactive", 422, "Mandant inactif"),
    FUND_CALL_NOT_NEEDED("fund-call.not-needed", 422, "Fonds disponibles au niveau cible : aucun montant à appeler"),
    CONFIRMATION_EXISTS("confirmation.exists", 409, "Confirmation de solde déjà émise pour ce mandant et ce trimestre"),
    CONFIRMATION_ANSWERED("confirmation.answered", 409, "Réponse du mandant déjà enregistrée"),
    OBLIGATION_EXISTS("fiscal-obligation.exists", 409, "Obligation fiscale ou version déjà enregistrée"),
    OBLIGATION_STEP("fiscal-obligation.step", 409, "L'échéance fiscale n'en est pas à cette étape"),
    OBLIGATION_IN_CHEQUE("fiscal-obligation.in-cheque", 409, "L'échéance fiscale a déjà son chèque au registre"),
    HOLIDAY_UNKNOWN("holiday.unknown", 422, "Aucune fête lunaire à cette date"),
    NOT_FOUND("resource.not-found", 404, "Ressource introuvable"),
    IMPORT_TOO_LARGE("import.too-large", 413, "Fichier trop volumineux"),
    SOURCE_RESERVED("entry.source-reserved", 422, "Source réservée à un sous-journal"),
    DUPLICATE("data.duplicate", 409, "Enregistrement déjà existant"),
    CONSTRAINT_VIOLATED("data.constraint", 422, "Donnée refusée par une règle de la base"),
    CONCURRENT_UPDATE("request.concurrent-update", 409, "Opération concurrente sur les mêmes données : réessayer"),
    BANK_ACCOUNT_UNKNOWN("bank-account.unknown", 404, "Compte bancaire inconnu"),
    CHEQUE_BOOK_OVERLAP("cheque-book.overlap", 409, "Numéros déjà attribués à un autre carnet de chèques"),
    CHEQUE_NUMBER_OUTSIDE_BOOK("cheque.number-outside-book", 422, "Numéro de chèque hors des carnets du compte"),
    CHEQUE_NUMBER_USED("cheque.number-used", 409, "Numéro de chèque déjà utilisé ou annulé"),
    CHEQUE_NO_LEAF_LEFT("cheque.no-leaf-left", 409, "Plus aucun chèque disponible dans les carnets du compte"),
    CHEQUE_ILLEGAL_TRANSITION("cheque.illegal-transition", 409, "Ce chèque ne peut pas passer à cet état"),
    CHEQUE_WRONG_BANK_ACCOUNT("cheque.wrong-bank-account", 422, "Ce compte bancaire ne peut pas payer ce chèque"),
    CHEQUE_NOTHING_OWED("cheque.nothing-owed", 422, "Rien à payer"),
    CHEQUE_EXCEEDS_PAYABLE("cheque.exceeds-payable", 422, "Montant supérieur à la dette restant à payer"),
    CHEQUE_RELEASE_BEYOND_POSITION("cheque.release-beyond-position", 409, "Position bancaire insuffisante pour débloquer ces chèques"),
    COMMISSION_QUARTER_OPEN("commission.quarter-open", 409, "Trimestre non terminé : ses commissions ne s'arrêtent qu'après sa fin"),
    COMMISSION_RUN_ORDER("commission.run-order", 409, "Les trimestres de commissions s'arrêtent dans l'ordre, sans en sauter"),
    CHEQUE_PRINCIPAL_SHORT("cheque.principal-short", 409, "Fonds du mandant insuffisants pour débloquer ce chèque"),
    REPORT_PERIOD_NOT_ENDED("report.period-not-ended", 409, "Période ni terminée ni clôturée : le rapport porte sur une période achevée");

    private final Definition definition;

    Rejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
