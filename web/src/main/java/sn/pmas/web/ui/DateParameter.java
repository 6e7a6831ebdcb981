package sn.pmas.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A date from the query string, or its default when absent or unreadable; {@code rejected}
 * keeps what could not be read, so that the page can say so instead of failing.
 */
public record DateParameter(LocalDate date, String rejected) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    static DateParameter of(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return new DateParameter(fallback, null);
        }
        try {
            return new DateParameter(LocalDate.parse(text.strip()), null);
        } catch (DateTimeParseException e) {
            return new DateParameter(fallback, text);
        }
    }

    /** For {@code <input type="date">}: 2026-01-31. */
    public String value() {
        return date.toString();
    }

    /** For people: 31 janvier 2026. */
    public String label() {
        return date.format(LABEL);
    }
}
