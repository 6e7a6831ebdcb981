package sn.pmas.management;

import java.util.List;

/** One series of bars: its legend, its colour ({@code #rrggbb}) and a value per category (whole francs). */
public record ChartSeries(String name, String color, List<Long> values) {

    public ChartSeries {
        values = List.copyOf(values);
    }
}
