package sn.pmas.budget;

import sn.pmas.platform.ProblemCode;

/** Why a request on the budget was refused (docs/errors.md); nothing was written. */
public enum BudgetRejection implements ProblemCode {
    FIELD_REQUIRED("field.required", 400, "Champ obligatoire manquant"),
    FIELD_INVALID("field.invalid", 400, "Valeur invalide"),
    YEAR_UNKNOWN("budget.year-unknown", 404, "Exercice inconnu du grand livre"),
    NO_PREVIOUS_YEAR("budget.no-previous-year", 422, "L'exercice précédent n'existe pas : aucun réalisé d'où partir"),
    NOT_FOUND("budget.not-found", 404, "Aucun budget pour cet exercice"),
    APPROVED("budget.approved", 409, "Budget approuvé : il ne se modifie plus"),
    ACCOUNT_NOT_BUDGETED("budget.account-not-budgeted", 422, "Compte hors budget (comptes mouvementables des classes 6 et 7)"),
    FILE_REFUSED("budget.file-refused", 422, "Fichier de budget refusé : rien n'a été enregistré");

    private final Definition definition;

    BudgetRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
