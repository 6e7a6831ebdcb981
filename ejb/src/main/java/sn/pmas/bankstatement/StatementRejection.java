package sn.pmas.bankstatement;

import sn.pmas.platform.ProblemCode;

/**
 * Why the bank statements refused a file, a match or a rule (docs/errors.md, docs/bank-statements.md).
 * A file refused as a whole answers {@link #STATEMENT_REJECTED} with its faults by line, each with
 * its own code.
 */
public enum StatementRejection implements ProblemCode {
    STATEMENT_REJECTED("statement.rejected", 422, "Relevé refusé : rien n'a été importé"),
    STATEMENT_UNREADABLE("statement.unreadable", 422, "Relevé illisible (XML ou CSV mal formé)"),
    STATEMENT_EMPTY("statement.empty", 422, "Relevé sans opération"),
    STATEMENT_COLUMN_MISSING("statement.column-missing", 422, "Colonne du relevé absente"),
    STATEMENT_BAD_VALUE("statement.bad-value", 422, "Date ou montant illisible"),
    STATEMENT_UNKNOWN_ACCOUNT("statement.unknown-account", 422, "Compte du relevé inconnu"),
    STATEMENT_WRONG_ACCOUNT("statement.wrong-account", 422, "Le relevé est celui d'un autre compte bancaire"),
    STATEMENT_ALREADY_IMPORTED("statement.already-imported", 409, "Relevé déjà importé"),
    STATEMENT_OVERLAP("statement.overlap", 409, "Opérations déjà importées par un autre relevé"),
    STATEMENT_BALANCE_CHAIN("statement.balance-chain", 422, "Solde d'ouverture différent du solde de clôture du relevé précédent"),
    STATEMENT_BALANCE_MISMATCH("statement.balance-mismatch", 422, "Solde de clôture différent de l'ouverture plus les opérations"),
    STATEMENT_TOO_MANY_LINES("statement.too-many-lines", 422, "Trop d'opérations dans le relevé"),
    MAPPING_MISSING("statement.mapping-missing", 422, "Aucun format CSV enregistré pour ce compte bancaire"),
    LINE_NOT_FOUND("statement.line-not-found", 404, "Ligne de relevé introuvable"),
    LINE_ALREADY_MATCHED("statement.line-matched", 409, "Ligne de relevé déjà rapprochée"),
    LINE_NOT_MATCHED("statement.line-not-matched", 409, "Ligne de relevé non rapprochée"),
    MATCH_AMOUNT("statement.match-amount", 422, "Le total des éléments choisis diffère du montant de la ligne"),
    MATCH_ITEM_NOT_OPEN("statement.item-not-open", 409, "Élément déjà rapproché ou inconnu"),
    UNMATCH_NOT_SIMPLE("statement.unmatch-not-simple", 409, "Rapprochement d'un chèque encaissé : annulez-le depuis le chèque"),
    RULE_INVALID("statement.rule-invalid", 422, "Règle de rapprochement invalide");

    private final Definition definition;

    StatementRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
