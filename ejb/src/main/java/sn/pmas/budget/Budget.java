package sn.pmas.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fiscal year's budget: how it was prepared, and whether it is still a draft. Its amounts are
 * the rows of {@code budget_line}, written by {@link Budgets} as a whole (preparation, workbook) or a
 * cell at a time. Approved, it no longer changes.
 */
@Entity
@Table(name = "budget")
public class Budget {

    @Id
    @Column(name = "fiscal_year")
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private BudgetStatus status;
    @Column(name = "based_on_year")
    private Integer basedOnYear;
    @Column(name = "growth_percent")
    private BigDecimal growthPercent;
    @Enumerated(EnumType.STRING)
    @Column(name = "spread")
    private Spread spread;
    @Column(name = "prepared_by", nullable = false)
    private String preparedBy;
    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;

    protected Budget() {
    }

    Budget(int year, String preparedBy, Instant preparedAt) {
        this.year = year;
        this.status = BudgetStatus.DRAFT;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    /** Prepared again from a year's actuals: the rule is recorded, the lines are rewritten by the caller. */
    void preparedFrom(int previousYear, BigDecimal growth, Spread rule, String by, Instant at) {
        basedOnYear = previousYear;
        growthPercent = growth;
        spread = rule;
        preparedBy = by;
        preparedAt = at;
    }

    /** Filled from a workbook: no rule any more, the file is the budget. */
    void filledBy(String by, Instant at) {
        basedOnYear = null;
        growthPercent = null;
        spread = null;
        preparedBy = by;
        preparedAt = at;
    }

    void approve(String by, Instant at) {
        status = BudgetStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public int year() {
        return year;
    }

    public BudgetStatus status() {
        return status;
    }

    public Integer basedOnYear() {
        return basedOnYear;
    }

    public BigDecimal growthPercent() {
        return growthPercent;
    }

    public Spread spread() {
        return spread;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
