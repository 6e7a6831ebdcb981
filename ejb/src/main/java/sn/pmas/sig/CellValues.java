package sn.pmas.sig;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cell into the value its column holds in a {@link SigEvent}. Only what cannot be the
 * column's type is refused here (a word in an amount, a date in a yes/no column); whether a date
 * exists, an amount is whole or a field is required for the event's type is the ingestion's rule,
 * the same for files and JSON.
 */
final class CellValues {

    /** What a spreadsheet user types for dates and months in French: 31/01/2026, 01/2026. */
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern FRENCH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    /** Grouping spaces as French spreadsheets and the UI write them (plain, no-break, narrow no-break). */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]");

    private CellValues() {
    }

    static final class InvalidCell extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidCell(String message) {
            super(message);
        }
    }

    /** The value of {@code cell} for a column of {@code kind}: a String, BigDecimal or Boolean, null when blank. */
    static Object read(Cell cell, EventColumn.Kind kind) throws InvalidCell {
        if (cell.blank()) {
            return null;
        }
        if (cell instanceof Cell.Unreadable unreadable) {
            throw new InvalidCell("la cellule contient une erreur du tableur (" + unreadable.shown() + ").");
        }
        return switch (kind) {
            case TEXT -> text(cell);
            case DECIMAL -> decimal(cell);
            case BOOLEAN -> flag(cell);
            case DATE -> date(cell);
            case MONTH -> month(cell);
        };
    }

    /** Any cell as text: what a header or a reference reads as. */
    static String text(Cell cell) {
        return switch (cell) {
            case Cell.Text text -> text.value().strip();
            case Cell.Number number -> number.value().stripTrailingZeros().toPlainString();
            case Cell.Day day -> day.value().toString();
            case Cell.Flag flag -> Boolean.toString(flag.value());
            case Cell.Unreadable unreadable -> unreadable.shown();
        };
    }

    private static BigDecimal decimal(Cell cell) throws InvalidCell {
        return switch (cell) {
            case Cell.Number number -> number.value();
            case Cell.Text text -> parseDecimal(text.value());
            default -> throw new InvalidCell("montant attendu, la cellule contient « " + text(cell) + " ».");
        };
    }

    /** 1500000, 1 500 000, 1500000.00 or 1500000,00 (a single comma is a decimal comma). */
    private static BigDecimal parseDecimal(String text) throws InvalidCell {
        String compact = SPACES.matcher(text).replaceAll("");
        if (compact.indexOf(',') == compact.lastIndexOf(',') && !compact.contains(".")) {
            compact = compact.replace(',', '.');
        }
        try {
            return new BigDecimal(compact);
        } catch (NumberFormatException e) {
            throw new InvalidCell("« " + text.strip() + " » n'est pas un montant (exemple : 1500000).");
        }
    }

    private static Boolean flag(Cell cell) throws InvalidCell {
        if (cell instanceof Cell.Flag flag) {
            return flag.value();
        }
        String text = text(cell).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "vrai", "oui", "1" -> Boolean.TRUE;
            case "false", "faux", "non", "0" -> Boolean.FALSE;
            default -> throw new InvalidCell("oui ou non attendu (true/false, vrai/faux, 1/0), la cellule contient « "
                    + text(cell) + " ».");
        };
    }

    private static String date(Cell cell) throws InvalidCell {
        return switch (cell) {
            case Cell.Day day -> day.value().toString();
            case Cell.Text text -> {
                Matcher french = FRENCH_DATE.matcher(text.value().strip());
                yield french.matches() ? frenchDate(french, text.value()) : text.value().strip();
            }
            default -> throw new InvalidCell("date attendue (AAAA-MM-JJ ou cellule date), la cellule contient « "
                    + text(cell) + " ».");
        };
    }

    private static String frenchDate(Matcher french, String text) throws InvalidCell {
        try {
            return LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                    Integer.parseInt(french.group(1))).toString();
        } catch (java.time.DateTimeException e) {
            throw new InvalidCell("« " + text.strip() + " » n'est pas une date du calendrier.");
        }
    }

    private static String month(Cell cell) throws InvalidCell {
        return switch (cell) {
            case Cell.Day day -> YearMonth.from(day.value()).toString();
            case Cell.Text text -> {
                Matcher french = FRENCH_MONTH.matcher(text.value().strip());
                yield french.matches() ? frenchMonth(french, text.value()) : text.value().strip();
            }
            default -> throw new InvalidCell("mois attendu (AAAA-MM), la cellule contient « " + text(cell) + " ».");
        };
    }

    private static String frenchMonth(Matcher french, String text) throws InvalidCell {
        try {
            return YearMonth.of(Integer.parseInt(french.group(2)), Integer.parseInt(french.group(1))).toString();
        } catch (java.time.DateTimeException e) {
            throw new InvalidCell("« " + text.strip() + " » n'est pas un mois (AAAA-MM).");
        }
    }
}
