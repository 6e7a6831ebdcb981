package sn.pmas.statements;

import sn.pmas.platform.ProblemCode;

/** Why the financial statements refused a request (docs/errors.md); nothing was written. */
public enum StatementsRejection implements ProblemCode {
    CHECKS_FAILED("statements.checks-failed", 409, "Contrôles croisés des états financiers en échec : publication refusée"),
    MAPPING_INVALID("statements.mapping-invalid", 422, "Règle de correspondance invalide"),
    MAPPING_OVERLAP("statements.mapping-overlap", 422, "Correspondance : deux plages se chevauchent"),
    MAPPING_GAP("statements.mapping-gap", 422, "Correspondance : des comptes n'ont pas de ligne");

    private final Definition definition;

    StatementsRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
