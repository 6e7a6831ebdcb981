package sn.pmas.bankstatement;

/**
 * One fault of a statement file: {@code line} is the file's line (CSV, the header being line 1) or
 * the entry's position (CAMT.053, 1 for the first {@code Ntry}; 0 for the statement itself).
 */
public record LineFault(int line, String field, String code, String message) {

    static LineFault of(int line, String field, StatementRejection rejection, String message) {
        return new LineFault(line, field, rejection.code(), message);
    }
}
