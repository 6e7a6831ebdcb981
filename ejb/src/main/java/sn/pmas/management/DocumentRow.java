package sn.pmas.management;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import sn.pmas.platform.Francs;

/**
 * A row of a {@link DocumentTable}: its label and its cells, each a {@link Long} (whole francs or a
 * count), a {@link BigDecimal} (a percentage, two decimals), a {@link String}, or null (nothing to show).
 *
 * @param summary a total, set in bold
 */
public record DocumentRow(String label, boolean summary, List<Object> cells) {

    public DocumentRow {
        Objects.requireNonNull(label, "label");
        for (Object cell : cells) {
            if (cell != null && !(cell instanceof Long || cell instanceof BigDecimal || cell instanceof String)) {
                throw new IllegalArgumentException("a document cell is a Long, a BigDecimal or a String: " + cell);
            }
        }
        // List.copyOf refuses nulls, and an empty cell is one.
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public static DocumentRow of(String label, Object... cells) {
        return new DocumentRow(label, false, java.util.Arrays.asList(cells));
    }

    public static DocumentRow total(String label, Object... cells) {
        return new DocumentRow(label, true, java.util.Arrays.asList(cells));
    }

    /** A cell as the PDF and the page show it: francs grouped by thousands, "62,35 %", text as is. */
    public static String shown(Object cell) {
        return switch (cell) {
            case null -> "";
            case Long amount -> Francs.format(amount);
            case BigDecimal percent -> percent.toPlainString().replace('.', ',') + " %";
            default -> cell.toString();
        };
    }

    /** The cells as shown, for the page. */
    public List<String> shownCells() {
        return cells.stream().map(DocumentRow::shown).toList();
    }
}
