package sn.pmas.sig;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.reporting.CsvDocument;

/**
 * Event files as CSV (RFC 4180): UTF-8 (a leading byte-order mark is allowed, as Excel writes
 * one), the separator {@code ;} or {@code ,} — whichever the header uses — and double quotes
 * around values that hold a separator, a quote or a line break. Written as {@link CsvDocument}
 * writes every CSV of the application, so that a French Excel opens it in columns and with its accents.
 */
final class CsvEventFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvEventFile() {
    }

    static EventFile read(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return EventFile.refused(RowError.ofFile(SigRejection.IMPORT_UNREADABLE, "Le fichier CSV n'est pas encodé en UTF-8 : "
                    + "dans Excel, l'enregistrer au format « CSV UTF-8 (délimité par des virgules) »."));
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        List<SourceRow> rows = new ArrayList<>();
        RowError unterminated = parse(text, separatorOf(text), rows);
        if (unterminated != null) {
            return EventFile.refused(unterminated);
        }
        return EventRows.read(rows);
    }

    /** The separator of the header line: the one of {@code ;} and {@code ,} it holds more of, outside quotes. */
    private static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** Splits the text into rows of text cells; returns the error of an unterminated quote, else null. */
    private static RowError parse(String text, char separator, List<SourceRow> rows) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int rowStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(new Cell.Text(value.toString()));
                value.setLength(0);
            } else if (c == '\r' || c == '\n') {
                cells.add(new Cell.Text(value.toString()));
                value.setLength(0);
                rows.add(new SourceRow(row++, List.copyOf(cells)));
                cells.clear();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                rowStart = i + 1;
            } else {
                value.append(c);
            }
            i++;
        }
        if (quoted) {
            return new RowError(row, null, null, SigRejection.IMPORT_UNREADABLE.code(),
                    "Guillemet ouvert et jamais fermé à partir de la ligne " + row + " : « "
                            + text.substring(rowStart, Math.min(text.length(), rowStart + 40)) + "… ».");
        }
        if (i > rowStart) {
            cells.add(new Cell.Text(value.toString()));
            rows.add(new SourceRow(row, List.copyOf(cells)));
        }
        return null;
    }

    static byte[] write(List<SigEvent> events) {
        List<List<?>> rows = events.stream()
                .<List<?>>map(event -> EventColumn.ALL.stream().map(column -> plain(column.valueOf(event))).toList())
                .toList();
        return CsvDocument.of(EventColumn.names(), rows);
    }

    /** Amounts as written by people, never in scientific notation (BigDecimal's toString may be 1E+6). */
    private static Object plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
    }
}
