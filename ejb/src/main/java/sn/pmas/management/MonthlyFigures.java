package sn.pmas.management;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import sn.pmas.premium.AgeingBucket;
import sn.pmas.premium.ArrearsAgeing;
import sn.pmas.premium.PremiumRegisterRow;
import sn.pmas.premium.RegisterAmounts;

/**
 * Arranges the premium register's monthly rows and the arrears at each month end into the lines and
 * the chart of a monthly table. Pure: no database, unit-tested.
 */
final class MonthlyFigures {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.FRENCH);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final String THIS_YEAR_COLOR = "#1f5f8b";
    private static final String LAST_YEAR_COLOR = "#a6bfd4";
    private static final List<String> BUCKET_COLORS = List.of("#9fc5e8", "#6aa84f", "#f1c232", "#e69138", "#cc4125", "#85200c");

    /** What a flow table reads of a register row: its main amount and the figure shown beside it. */
    enum Flow {
        /** Issued total, and the number of quittances issued. */
        PRODUCTION(RegisterAmounts::issued, RegisterAmounts::issuedCount),
        /** Collected net of refunds, and the commission taken net of the commission given back. */
        COLLECTIONS(amounts -> amounts.collected() - amounts.refunded(),
                amounts -> amounts.collectedCommission() - amounts.refundedCommission());

        private final ToLongFunction<RegisterAmounts> main;
        private final ToLongFunction<RegisterAmounts> beside;

        Flow(ToLongFunction<RegisterAmounts> main, ToLongFunction<RegisterAmounts> beside) {
            this.main = main;
            this.beside = beside;
        }
    }

    private MonthlyFigures() {
    }

    /**
     * @param rows          the register grouped by month (and the line's dimensions), from January of the year
     *                      before when {@code previousYear}, else from January of {@code month}'s year, to {@code month}
     * @param previousYear  whether the year before has data (its fiscal year exists): else its figures are null
     * @param label         the line a register row adds to
     */
    static List<MonthlyTableRow> flowRows(Flow flow, List<PremiumRegisterRow> rows, YearMonth month, boolean previousYear,
                                          Function<PremiumRegisterRow, String> label) {
        Map<String, long[]> lines = new LinkedHashMap<>();
        long[] total = new long[6];
        for (PremiumRegisterRow row : rows) {
            long[] sums = lines.computeIfAbsent(label.apply(row), key -> new long[6]);
            add(flow, row, month, sums);
            add(flow, row, month, total);
        }
        List<MonthlyTableRow> table = new ArrayList<>();
        lines.forEach((name, sums) -> {
            if (Arrays.stream(sums).anyMatch(sum -> sum != 0)) {
                table.add(flowRow(name, false, sums, previousYear));
            }
        });
        table.add(flowRow("Total", true, total, previousYear));
        return table;
    }

    /** Sums: 0 month main, 1 month beside, 2 year to date main, 3 year to date beside, 4 same month last year, 5 last year to date. */
    private static void add(Flow flow, PremiumRegisterRow row, YearMonth month, long[] sums) {
        YearMonth rowMonth = YearMonth.parse(row.month());
        long main = flow.main.applyAsLong(row.amounts());
        long beside = flow.beside.applyAsLong(row.amounts());
        if (rowMonth.getYear() == month.getYear() && !rowMonth.isAfter(month)) {
            sums[2] += main;
            sums[3] += beside;
            if (rowMonth.equals(month)) {
                sums[0] += main;
                sums[1] += beside;
            }
        }
        YearMonth lastYear = month.minusYears(1);
        if (rowMonth.getYear() == lastYear.getYear() && !rowMonth.isAfter(lastYear)) {
            sums[5] += main;
            if (rowMonth.equals(lastYear)) {
                sums[4] += main;
            }
        }
    }

    private static MonthlyTableRow flowRow(String label, boolean summary, long[] sums, boolean previousYear) {
        return new MonthlyTableRow(label, summary, Arrays.asList(sums[0], sums[1], previousYear ? sums[4] : null, sums[2], sums[3],
                previousYear ? sums[5] : null, previousYear ? sums[2] - sums[5] : null));
    }

    /** The main amount of each month of the year to date, and of the same months of the year before when it has data. */
    static MonthlyChart flowChart(Flow flow, MonthlyTable table, List<PremiumRegisterRow> rows, YearMonth month, boolean previousYear) {
        List<YearMonth> months = yearToDate(month);
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(String.valueOf(month.getYear()), THIS_YEAR_COLOR, monthly(flow, rows, months)));
        if (previousYear) {
            series.add(new ChartSeries(String.valueOf(month.getYear() - 1), LAST_YEAR_COLOR,
                    monthly(flow, rows, months.stream().map(m -> m.minusYears(1)).toList())));
        }
        return new MonthlyChart(table.title() + " " + month.getYear(), months.stream().map(SHORT_MONTH::format).toList(), series, false);
    }

    private static List<Long> monthly(Flow flow, List<PremiumRegisterRow> rows, List<YearMonth> months) {
        List<Long> values = new ArrayList<>();
        for (YearMonth wanted : months) {
            values.add(rows.stream().filter(row -> YearMonth.parse(row.month()).equals(wanted))
                    .mapToLong(row -> flow.main.applyAsLong(row.amounts())).sum());
        }
        return values;
    }

    /**
     * @param monthEnds    the arrears at the end of each month of the year to date, January first
     * @param previousYear the arrears at the end of the same month a year before, or null when that year has no data
     */
    static List<MonthlyTableRow> arrearsRows(List<ArrearsAgeing> monthEnds, ArrearsAgeing previousYear) {
        List<MonthlyTableRow> rows = new ArrayList<>();
        for (ArrearsAgeing arrears : monthEnds) {
            rows.add(arrearsRow("Fin " + LONG_MONTH.format(arrears.asOf()), false, arrears));
        }
        if (previousYear != null) {
            rows.add(arrearsRow("Fin " + LONG_MONTH.format(previousYear.asOf()) + " (N-1)", true, previousYear));
        }
        return rows;
    }

    private static MonthlyTableRow arrearsRow(String label, boolean summary, ArrearsAgeing arrears) {
        List<Long> figures = new ArrayList<>();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            figures.add(arrears.unpaid(bucket));
        }
        figures.add(arrears.unpaid());
        return new MonthlyTableRow(label, summary, figures);
    }

    /** Each ageing bucket's unpaid at every month end, stacked. */
    static MonthlyChart arrearsChart(List<ArrearsAgeing> monthEnds, YearMonth month) {
        List<ChartSeries> series = new ArrayList<>();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            series.add(new ChartSeries(bucket.label(), BUCKET_COLORS.get(bucket.ordinal()),
                    monthEnds.stream().map(arrears -> arrears.unpaid(bucket)).toList()));
        }
        return new MonthlyChart(MonthlyTable.ARREARS.title() + " " + month.getYear(),
                monthEnds.stream().map(arrears -> SHORT_MONTH.format(arrears.asOf())).toList(), series, true);
    }

    /** January to {@code month}. */
    static List<YearMonth> yearToDate(YearMonth month) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
