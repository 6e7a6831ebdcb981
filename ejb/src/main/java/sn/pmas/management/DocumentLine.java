package sn.pmas.management;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the management-package report (BIRT's scripted data set reads these): a table's title, its
 * headings, or one of its rows, the cells already shown as text. The first line also carries the
 * document's title, subtitle and chart (a PNG, or null).
 *
 * @param kind TITLE (a table's title), HEADING (its column headings), ROW, SUMMARY (a total)
 */
public record DocumentLine(String kind, String label, List<String> cells, String title, String subtitle, byte[] chart) {

    public static List<DocumentLine> of(ManagementDocument document) {
        List<DocumentLine> lines = new ArrayList<>();
        for (DocumentTable table : document.tables()) {
            lines.add(line(document, lines, "TITLE", table.title(), List.of()));
            lines.add(line(document, lines, "HEADING", table.headings().get(0), table.headings().subList(1, table.headings().size())));
            for (DocumentRow row : table.rows()) {
                lines.add(line(document, lines, row.summary() ? "SUMMARY" : "ROW", row.label(), row.shownCells()));
            }
        }
        return lines;
    }

    private static DocumentLine line(ManagementDocument document, List<DocumentLine> before, String kind, String label, List<String> cells) {
        boolean first = before.isEmpty();
        return new DocumentLine(kind, label, cells, first ? document.title() : null, first ? document.subtitle() : null,
                first && document.chart() != null ? document.chart().png() : null);
    }

    /** The text of cell {@code index} (from 0), empty beyond the table's columns. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
