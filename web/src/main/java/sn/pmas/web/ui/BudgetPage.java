package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import sn.pmas.budget.BudgetAccount;
import sn.pmas.budget.BudgetComparison;
import sn.pmas.budget.BudgetException;
import sn.pmas.budget.BudgetView;
import sn.pmas.budget.Budgets;
import sn.pmas.budget.Spread;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.platform.Francs;

/**
 * Backs ui/budget.xhtml, the Budget: a year's budget (the year of {@code ?month=2026-03}), its
 * preparation from the year before, a cell's change, the workbook to download and fill, the
 * approval; and budget against actual of the month and the year to date. Without a month: the
 * latest year with a budget (else the year of the latest entries), at its latest month with
 * entries (else January).
 */
@Named
@RequestScoped
public class BudgetPage {

    @EJB
    private Budgets budgets;
    @EJB
    private FiscalCalendarService calendar;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private List<FiscalYearChoice> years;
    private PeriodChoice period;
    private BudgetView budget;
    private BudgetComparison comparison;
    private String refused;
    private String growthPercent = "5";
    private String spread = Spread.PROFILE.name();
    private String accountCode;
    private Integer month;
    private Long amount;

    @PostConstruct
    void load() {
        PeriodChoices choices = PeriodChoices.of(calendar, parameters.get("month"));
        years = choices.years();
        if (choices.unknown() != null) {
            refused = "Le mois « " + choices.unknown() + " » n'est pas une période d'un exercice ouvert.";
            return;
        }
        period = parameters.get("month") == null || parameters.get("month").isBlank() ? defaultPeriod(choices) : choices.shown();
        if (period == null) {
            return;
        }
        budget = budgets.view(period.month().getYear()).orElse(null);
        try {
            comparison = budgets.againstActual(period.month().getYear(), period.month().getMonthValue());
        } catch (BudgetException e) {
            refused = e.getMessage();
        }
    }

    /** The latest year with a budget, else the shown period's; its latest month with entries, else January. */
    private PeriodChoice defaultPeriod(PeriodChoices choices) {
        int year = budgets.latestYear().orElse(choices.shown() == null ? 0 : choices.shown().month().getYear());
        YearMonth month = calendar.latestPeriodWithEntries().filter(latest -> latest.getYear() == year).orElse(YearMonth.of(year, 1));
        return years.stream().flatMap(fiscalYear -> fiscalYear.periods().stream()).filter(choice -> choice.month().equals(month))
                .findFirst().orElse(choices.shown());
    }

    public String prepare() {
        try {
            BigDecimal growth = new BigDecimal(growthPercent.strip().replace(',', '.'));
            BudgetView prepared = budgets.prepare(year(), growth, Spread.valueOf(spread));
            return ActionMessages.done(faces, "Budget " + prepared.year() + " préparé : " + prepared.rule() + " ("
                    + prepared.lines().size() + " comptes).", page());
        } catch (NumberFormatException e) {
            return ActionMessages.refused(faces, "Taux de croissance attendu en pour cent (reçu : « " + growthPercent + " »).");
        } catch (BudgetException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String setCell() {
        try {
            budgets.setAmount(year(), accountCode, month, amount);
            return ActionMessages.done(faces, "Budget " + year() + ", compte " + accountCode + ", mois " + month + " : "
                    + Francs.amount(amount) + ".", page());
        } catch (BudgetException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String approve() {
        try {
            BudgetView approved = budgets.approve(year());
            return ActionMessages.done(faces, "Budget " + approved.year() + " approuvé : il ne se modifie plus.", page());
        } catch (BudgetException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    private int year() {
        return period.month().getYear();
    }

    private String page() {
        return "/ui/budget.xhtml?month=" + period.value();
    }

    public List<FiscalYearChoice> getYears() {
        return years;
    }

    /** The month compared, or null when no fiscal year exists. */
    public PeriodChoice getPeriod() {
        return period;
    }

    /** The year's budget, or null when it has none yet. */
    public BudgetView getBudget() {
        return budget;
    }

    public BudgetComparison getComparison() {
        return comparison;
    }

    public String getRefused() {
        return refused;
    }

    /** The accountant may prepare, change and approve while the year's budget is not approved. */
    public boolean isEditable() {
        return period != null && faces.getExternalContext().isUserInRole("accountant") && (budget == null || "DRAFT".equals(budget.status()));
    }

    public List<BudgetAccount> getAccounts() {
        return budgets.accounts();
    }

    /** The months a cell may be set for, 1 to 12. */
    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public Spread[] getSpreads() {
        return Spread.values();
    }

    public String getGrowthPercent() {
        return growthPercent;
    }

    public void setGrowthPercent(String growthPercent) {
        this.growthPercent = growthPercent;
    }

    public String getSpread() {
        return spread;
    }

    public void setSpread(String spread) {
        this.spread = spread;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public void setAccountCode(String accountCode) {
        this.accountCode = accountCode;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }
}
