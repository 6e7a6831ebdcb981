package sn.pmas.management;

import java.util.List;

/**
 * A monthly table as the JSON, the page, the PDF and the workbook show it.
 *
 * @param table    production, collections or arrears
 * @param month    yyyy-MM
 * @param insurer  the insurer's code, null for the pool (every insurer)
 * @param scope    the insurer's name, or the pool's
 * @param closed   whether the month's fiscal period is closed; an open month's figures may still change
 * @param lineHeading what the lines are: month ends, insurers (the pool's), or groups and products (an insurer's)
 * @param headings the figure columns' headings
 */
public record MonthlyTableReport(String table, String title, String definition, String month, String insurer, String scope,
                                 boolean closed, String lineHeading, List<String> headings, List<MonthlyTableRow> rows, MonthlyChart chart) {

    public MonthlyTableReport {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }
}
