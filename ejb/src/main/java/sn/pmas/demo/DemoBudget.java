package sn.pmas.demo;

import java.math.BigDecimal;
import sn.pmas.budget.BudgetException;
import sn.pmas.budget.Budgets;
import sn.pmas.budget.Spread;

/**
 * The demo's budget of the year after the demo year (docs/budget.md): prepared by the accountant's
 * rule from the demo year's actuals, 5 % up, on the demo year's monthly profile, and left a draft
 * to edit, so that the Budget page shows budget against actual at once.
 */
final class DemoBudget {

    static final BigDecimal GROWTH_PERCENT = BigDecimal.valueOf(5);

    private DemoBudget() {
    }

    static void prepare(Budgets budgets, int demoYear) {
        try {
            budgets.prepare(demoYear + 1, GROWTH_PERCENT, Spread.PROFILE);
        } catch (BudgetException e) {
            throw new IllegalStateException("the demo budget breaks a budget rule: " + e.getMessage(), e);
        }
    }
}
