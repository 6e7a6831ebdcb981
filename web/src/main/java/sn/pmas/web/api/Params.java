package sn.pmas.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** Query parameters parsed with an error that names the parameter and the expected form. */
final class Params {

    private Params() {
    }

    static YearMonth period(String value, String name) throws LedgerException {
        required(value, name);
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new LedgerException(Rejection.FIELD_INVALID, name, "Période attendue au format AAAA-MM (reçu : " + value + ").");
        }
    }

    static Quarter quarter(String value, String name) throws LedgerException {
        required(value, name);
        return Quarter.parse(value).orElseThrow(() -> new LedgerException(Rejection.FIELD_INVALID, name,
                "Trimestre attendu au format AAAA-Qn, ex. 2025-Q1 (reçu : " + value + ")."));
    }

    static int year(String value, String name) throws LedgerException {
        required(value, name);
        if (!value.strip().matches("\\d{4}")) {
            throw new LedgerException(Rejection.FIELD_INVALID, name, "Exercice attendu sur quatre chiffres, ex. 2025 (reçu : " + value + ").");
        }
        return Integer.parseInt(value.strip());
    }

    static LocalDate date(String value, String name) throws LedgerException {
        required(value, name);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new LedgerException(Rejection.FIELD_INVALID, name, "Date attendue au format AAAA-MM-JJ (reçu : " + value + ").");
        }
    }

    /** An optional enum parameter: null when absent, a named error when not one of the values. */
    static <E extends Enum<E>> E optionalEnum(String value, Class<E> type, String name) throws LedgerException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Rejection.FIELD_INVALID, name, "Valeur attendue pour " + name + " : "
                    + java.util.Arrays.toString(type.getEnumConstants()) + " (reçu : " + value + ").");
        }
    }

    static void required(Object value, String name) throws LedgerException {
        if (value == null || value.toString().isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, name, "Le paramètre " + name + " est obligatoire.");
        }
    }
}
