package sn.pmas.budget;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import sn.pmas.management.ChartSeries;
import sn.pmas.management.MonthlyChart;

/**
 * Folds a budget's lines and the ledger's actuals into budget against actual for month {@code M}
 * and January to {@code M}: one row per account with a budget or a movement in the year to date,
 * in the order of the accounts given (by code), then the totals. The chart shows charges and
 * products, budget beside actual, month by month.
 */
final class BudgetAgainstActual {

    private static final long[] NOTHING = new long[BudgetSpreading.MONTHS];

    private BudgetAgainstActual() {
    }

    static BudgetComparison compare(int year, int month, String status, Iterable<BudgetAccount> accounts, Map<Long, long[]> budget,
                                    Map<Long, long[]> actual) {
        List<ComparisonRow> rows = new ArrayList<>();
        Variance chargesMonth = Variance.of(0, 0);
        Variance charges = Variance.of(0, 0);
        Variance productsMonth = Variance.of(0, 0);
        Variance products = Variance.of(0, 0);
        long[][] series = new long[4][month];
        for (BudgetAccount account : accounts) {
            long[] planned = budget.getOrDefault(account.id(), NOTHING);
            long[] moved = actual.getOrDefault(account.id(), NOTHING);
            if (!budget.containsKey(account.id()) && yearToDate(moved, month) == 0) {
                continue;
            }
            Variance ofMonth = Variance.of(planned[month - 1], moved[month - 1]);
            Variance toDate = Variance.of(yearToDate(planned, month), yearToDate(moved, month));
            rows.add(ComparisonRow.of(account.code(), account.code() + " " + account.name(), account.accountClass(), false, ofMonth, toDate));
            boolean charge = account.accountClass() == 6;
            if (charge) {
                chargesMonth = chargesMonth.plus(ofMonth);
                charges = charges.plus(toDate);
            } else {
                productsMonth = productsMonth.plus(ofMonth);
                products = products.plus(toDate);
            }
            for (int m = 0; m < month; m++) {
                series[charge ? 0 : 2][m] += planned[m];
                series[charge ? 1 : 3][m] += moved[m];
            }
        }
        ComparisonRow chargesRow = ComparisonRow.of(null, "Total des charges (classe 6)", 6, true, chargesMonth, charges);
        ComparisonRow productsRow = ComparisonRow.of(null, "Total des produits (classe 7)", 7, true, productsMonth, products);
        ComparisonRow result = ComparisonRow.of(null, "Résultat (produits - charges)", 0, true, productsMonth.minus(chargesMonth),
                products.minus(charges));
        return new BudgetComparison(year, String.format("%d-%02d", year, month), status, rows, chargesRow, productsRow, result,
                chart(year, month, series));
    }

    private static long yearToDate(long[] months, int month) {
        long sum = 0;
        for (int m = 0; m < month; m++) {
            sum += months[m];
        }
        return sum;
    }

    private static MonthlyChart chart(int year, int month, long[][] series) {
        List<String> categories = new ArrayList<>();
        for (int m = 1; m <= month; m++) {
            categories.add(Month.of(m).getDisplayName(TextStyle.SHORT, Locale.FRENCH));
        }
        String[] names = {"Charges budgétées", "Charges réalisées", "Produits budgétés", "Produits réalisés"};
        String[] colors = {"#f4a582", "#b2182b", "#92c5de", "#2166ac"};
        List<ChartSeries> bars = new ArrayList<>();
        for (int s = 0; s < names.length; s++) {
            bars.add(new ChartSeries(names[s], colors[s], LongStream.of(series[s]).boxed().toList()));
        }
        return new MonthlyChart("Budget et réalisé " + year + ", par mois", categories, bars, false);
    }
}
