package sn.pmas.management;

import java.util.List;

/**
 * A titled table of a management document: its column headings (the first names the lines) and its
 * rows. The PDF, the workbook and the pages show these same rows.
 */
public record DocumentTable(String title, List<String> headings, List<DocumentRow> rows) {

    /** A management document's tables have at most this many figure columns beside the label. */
    public static final int MAX_FIGURES = 5;

    public DocumentTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        if (headings.size() > MAX_FIGURES + 1) {
            throw new IllegalArgumentException("at most " + MAX_FIGURES + " figure columns: " + headings);
        }
        for (DocumentRow row : rows) {
            if (row.cells().size() != headings.size() - 1) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.cells().size() + " cells for " + headings);
            }
        }
    }
}
