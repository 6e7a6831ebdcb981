package sn.pmas.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as a French spreadsheet opens it: UTF-8 with a byte-order mark, {@code ;} between cells,
 * CRLF line ends, amounts as plain integers, quotes only where a cell needs them.
 */
public final class CsvDocument {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvDocument() {
    }

    public static byte[] of(List<String> headers, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BYTE_ORDER_MARK);
        out.writeBytes(line(headers).getBytes(StandardCharsets.UTF_8));
        rows.forEach(row -> out.writeBytes(line(row).getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(CsvDocument::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
