package sn.pmas.sig;

import sn.pmas.platform.ProblemCode;

/**
 * Why a row of an event file, or the file itself, was refused.
 *
 * @param row       the row as the file shows it (the header is row 1), null when the file as a whole is at fault
 * @param reference the event's reference when the row has a readable one
 * @param field     the column at fault, when there is one
 * @param code      a stable code, listed in docs/errors.md
 * @param message   what was wrong, in French
 */
public record RowError(Integer row, String reference, String field, String code, String message) {

    public RowError {
        reference = LineError.echoed(reference);
    }

    static RowError ofFile(ProblemCode code, String message) {
        return new RowError(null, null, null, code.code(), message);
    }

    /** The same reason, on the file row of an event the ingestion refused. */
    public static RowError of(LineError error, RowEvent event) {
        return new RowError(event.row(), error.reference(), error.field(), error.code(), error.message());
    }
}
