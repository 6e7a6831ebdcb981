package sn.pmas.yearend;

import sn.pmas.platform.ProblemCode;

/** Why the year-end refused a request (docs/errors.md); nothing was written. */
public enum YearEndRejection implements ProblemCode {
    CHECKS_FAILED("year-end.checks-failed", 409, "Contrôles de clôture non satisfaits : l'exercice ne peut être clôturé"),
    NOT_CLOSED("year-end.not-closed", 409, "Exercice non clôturé"),
    RESULT_ALLOCATED("year-end.result-allocated", 409, "Résultat de l'exercice déjà affecté"),
    ALLOCATION_INVALID("year-end.allocation-invalid", 422, "Affectation du résultat incohérente");

    private final Definition definition;

    YearEndRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
