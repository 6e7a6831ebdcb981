package sn.pmas.management;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A line of a monthly table: a subscriber group and product, an insurer, or a month end, then its
 * figures in the table's column order (whole francs, counts of quittances); a figure is null where
 * it has no data (the year before the first fiscal year).
 *
 * @param summary true for a line set apart in bold: the totals, or the arrears of the year before
 */
public record MonthlyTableRow(String label, boolean summary, List<Long> figures) {

    public MonthlyTableRow {
        Objects.requireNonNull(label, "label");
        if (figures.size() != MonthlyTable.FIGURES) {
            throw new IllegalArgumentException("a monthly table row has " + MonthlyTable.FIGURES + " figures: " + figures);
        }
        // List.copyOf refuses nulls, and a missing figure is one.
        figures = Collections.unmodifiableList(new ArrayList<>(figures));
    }

    /** The figure of column {@code index} (from 0), null when it has no data. */
    public Long figure(int index) {
        return figures.get(index);
    }
}
