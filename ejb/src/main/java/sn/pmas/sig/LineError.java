package sn.pmas.sig;

/**
 * Why one event of a submission was refused. {@code index} is the event's position in the
 * submission (0 for the first); importers translate it to their file's row.
 *
 * @param code a stable code, listed in docs/errors.md
 */
public record LineError(int index, String reference, String field, String code, String message) {
}
