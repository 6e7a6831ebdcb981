package sn.pmas.budget;

import java.util.List;

/** One account of a budget: its twelve months (January first) and their total. */
public record BudgetLineView(String accountCode, String accountName, int accountClass, List<Long> months, long total) {

    public BudgetLineView {
        months = List.copyOf(months);
    }
}
