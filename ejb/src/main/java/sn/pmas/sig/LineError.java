package sn.pmas.sig;

/**
 * Why one event of a submission was refused. {@code index} is the event's position in the
 * submission (0 for the first); importers translate it to their file's row.
 *
 * @param reference the event's reference as sent, cut short when it is too long to be one (a refusal
 *                  never echoes megabytes back)
 * @param code      a stable code, listed in docs/errors.md
 */
public record LineError(int index, String reference, String field, String code, String message) {

    private static final int MAX_ECHOED_REFERENCE = 60;

    public LineError {
        reference = echoed(reference);
    }

    /** A reference as a refusal shows it: its start only, when it is too long to be one. */
    static String echoed(String reference) {
        return reference != null && reference.length() > MAX_ECHOED_REFERENCE ? reference.substring(0, MAX_ECHOED_REFERENCE) + "…" : reference;
    }
}
