package sn.pmas.incoming;

/** References of the register's rows: a prefix and the row's id on six digits (CR-000012, REM-000003). */
final class RegisterReferences {

    private RegisterReferences() {
    }

    static String of(String prefix, long id) {
        return prefix + String.format("%06d", id);
    }

    /** The id a reference stands for, or null when it is no reference of that prefix. */
    static Long idOf(String prefix, String reference) {
        if (reference == null || !reference.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(reference.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
