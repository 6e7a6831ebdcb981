package sn.pmas.management;

import java.util.List;

/**
 * The chart of a monthly table: bars per month of the year to date, side by side (this year and the
 * year before) or stacked (the arrears by age). One geometry ({@link BarChart}), drawn as inline SVG
 * for the page and as a PNG for the report.
 *
 * @param categories one label per month
 */
public record MonthlyChart(String title, List<String> categories, List<ChartSeries> series, boolean stacked) {

    public MonthlyChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    public String svg() {
        return new BarChart(this).svg();
    }

    public byte[] png() {
        return new BarChart(this).png();
    }
}
