package sn.pmas.incentive;

import sn.pmas.platform.ProblemCode;

/** Why a request on the providers' incentive was refused (docs/errors.md); nothing was written. */
public enum IncentiveRejection implements ProblemCode {
    FIELD_REQUIRED("field.required", 400, "Champ obligatoire manquant"),
    FIELD_INVALID("field.invalid", 400, "Valeur invalide"),
    YEAR_NOT_ENDED("incentive.year-not-ended", 422, "L'exercice n'est pas terminé : l'intéressement se calcule après sa clôture"),
    YEAR_UNKNOWN("incentive.year-unknown", 404, "Exercice inconnu du grand livre"),
    NO_PARAMETERS("incentive.no-parameters", 422, "Aucun paramètre d'intéressement en vigueur pour cet exercice"),
    NOTHING_TO_SHARE("incentive.nothing-to-share", 422, "Aucun montant à répartir : pas d'excédent ou aucun prestataire classé"),
    RUN_UNKNOWN("incentive.run-unknown", 404, "Aucun intéressement confirmé pour cet exercice");

    private final Definition definition;

    IncentiveRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
