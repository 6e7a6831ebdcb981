package sn.pmas.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A line of the budget-against-actual report (BIRT's scripted data set reads these): the row's eight
 * figures (the month's budget, actual, variance, percent, then the year to date's), and the title,
 * subtitle, headings and chart (a PNG), which the design reads from the first line.
 */
public record BudgetReportLine(String label, boolean summary, List<BigDecimal> figures, String title, String subtitle,
                               List<String> headings, byte[] chart) {

    public static final List<String> HEADINGS = List.of("Budget du mois", "Réalisé du mois", "Écart du mois", "Écart %",
            "Budget cumulé", "Réalisé cumulé", "Écart cumulé", "Écart cumulé %");

    public static List<BudgetReportLine> of(BudgetComparison comparison) {
        String title = "Budget et réalisé — exercice " + comparison.year();
        String subtitle = "Pool Micro Assurance Santé (PMAS) — mois de " + comparison.month() + " et cumul depuis janvier — budget "
                + (comparison.status() == null ? "non préparé (comparé à zéro)" : BudgetStatus.valueOf(comparison.status()).label().toLowerCase(Locale.FRENCH))
                + " — écart = réalisé - budget";
        byte[] chart = comparison.chart().png();
        List<ComparisonRow> rows = new ArrayList<>(comparison.rows());
        rows.addAll(List.of(comparison.charges(), comparison.products(), comparison.result()));
        List<BudgetReportLine> lines = new ArrayList<>();
        for (ComparisonRow row : rows) {
            lines.add(new BudgetReportLine(row.label(), row.summary(), figures(row), title, subtitle, HEADINGS, lines.isEmpty() ? chart : null));
        }
        return lines;
    }

    private static List<BigDecimal> figures(ComparisonRow row) {
        return Arrays.asList(BigDecimal.valueOf(row.month().budget()), BigDecimal.valueOf(row.month().actual()),
                BigDecimal.valueOf(row.month().amount()), row.month().percent(), BigDecimal.valueOf(row.yearToDate().budget()),
                BigDecimal.valueOf(row.yearToDate().actual()), BigDecimal.valueOf(row.yearToDate().amount()), row.yearToDate().percent());
    }

    /** For the design's cells: null where no percent applies. */
    public BigDecimal figure(int index) {
        return figures.get(index);
    }

    public String heading(int index) {
        return headings.get(index);
    }
}
