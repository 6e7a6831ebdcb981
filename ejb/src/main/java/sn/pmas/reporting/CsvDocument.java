package sn.pmas.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as a French Excel opens it with a double click: UTF-8 with a byte-order mark (else Excel
 * reads ANSI and garbles accents), {@code ;} between cells (the list separator of the French
 * locale, where "," is the decimal comma), CRLF line ends, a header line. Amounts are whole francs
 * written as plain integers, without thousands separators, so that they stay numbers; dates are
 * dd/MM/yyyy; yes/no is "Oui"/"Non"; a null cell is empty; anything else is its text. A cell
 * holding {@code ;}, a quote or a line break is quoted, its quotes doubled (RFC 4180).
 */
public final class CsvDocument {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");

    private CsvDocument() {
    }

    /** @throws IllegalArgumentException for a row of another width than the headers */
    public static byte[] of(List<String> headers, List<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder(64 * (rows.size() + 1));
        appendLine(text, headers);
        for (List<?> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size() + " headers");
            }
            appendLine(text, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + BYTE_ORDER_MARK.length);
        out.writeBytes(BYTE_ORDER_MARK);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void appendLine(StringBuilder text, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(Object value) {
        String text = switch (value) {
            case null -> "";
            case LocalDate date -> FRENCH_DATE.format(date);
            case Boolean yes -> yes ? "Oui" : "Non";
            default -> value.toString();
        };
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
