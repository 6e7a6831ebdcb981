package sn.pmas.management;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the monthly-table report (BIRT's scripted data set reads these): the row, and the table's
 * title, subtitle, line and column headings and chart (a PNG), which the design reads from the first line.
 */
public record MonthlyTableLine(MonthlyTableRow row, String title, String subtitle, String lineHeading, List<String> headings,
                               byte[] chart) {

    public static List<MonthlyTableLine> of(MonthlyTableReport report) {
        String subtitle = "Pool Micro Assurance Santé (PMAS) — " + report.scope() + " — " + report.month()
                + (report.closed() ? " (période clôturée)" : " (période ouverte : chiffres provisoires)") + " — " + report.definition();
        byte[] chart = report.chart().png();
        List<MonthlyTableLine> lines = new ArrayList<>();
        for (MonthlyTableRow row : report.rows()) {
            lines.add(new MonthlyTableLine(row, report.title(), subtitle, report.lineHeading(), report.headings(), lines.isEmpty() ? chart : null));
        }
        return lines;
    }

    /** For the design's header cells. */
    public String heading(int index) {
        return headings.get(index);
    }
}
