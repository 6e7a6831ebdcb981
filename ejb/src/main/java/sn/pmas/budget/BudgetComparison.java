package sn.pmas.budget;

import java.util.List;
import sn.pmas.management.MonthlyChart;

/**
 * Budget against actual for a month of a year and the year to date (docs/budget.md): a row per
 * account with a budget or a movement, then the totals of charges, of products and the result
 * (products − charges: class 0 in {@code rows}).
 *
 * @param status the budget's status, null when the year has no budget (every budget is then 0)
 */
public record BudgetComparison(int year, String month, String status, List<ComparisonRow> rows, ComparisonRow charges,
                               ComparisonRow products, ComparisonRow result, MonthlyChart chart) {

    public BudgetComparison {
        rows = List.copyOf(rows);
    }
}
