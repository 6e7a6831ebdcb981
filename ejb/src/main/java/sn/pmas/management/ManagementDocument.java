package sn.pmas.management;

import java.util.List;

/**
 * A management-control document (quarterly package, statistical report, revenue split, scheme
 * package) as its PDF and workbook show it: a title, a subtitle saying whose and which span, an
 * optional chart, then tables.
 *
 * @param chart null when the document has none
 */
public record ManagementDocument(String title, String subtitle, MonthlyChart chart, List<DocumentTable> tables) {

    public ManagementDocument {
        tables = List.copyOf(tables);
    }
}
