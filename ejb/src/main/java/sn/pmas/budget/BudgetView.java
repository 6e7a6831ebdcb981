package sn.pmas.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A year's budget as the API and the page show it: how it was prepared, its lines (charges, then
 * products, by account code) and the totals per class.
 *
 * @param rule what prepared it in words ("Réalisé 2025 + 5 %, selon le profil mensuel…"), or the workbook
 */
public record BudgetView(int year, String status, String statusLabel, Integer basedOnYear, BigDecimal growthPercent, String spread,
                         String rule, String preparedBy, Instant preparedAt, String approvedBy, Instant approvedAt,
                         List<BudgetLineView> lines, long charges, long products) {

    public BudgetView {
        lines = List.copyOf(lines);
    }

    /** Products less charges: the result the budget plans. */
    public long result() {
        return products - charges;
    }
}
