package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.TrialBalance;
import sn.pmas.ledger.TrialBalanceQuery;

/**
 * Backs ui/trial-balance.xhtml: the balance générale of one month. The month comes from the query
 * string ({@code ?period=2025-03}), so the page is a plain GET: bookmarkable, and no view state to
 * expire while the accountant is away. Without one, it shows the latest month with entries.
 */
@Named
@RequestScoped
public class TrialBalancePage {

    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private TrialBalanceQuery trialBalances;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private List<FiscalYearChoice> years;
    private PeriodChoice period;
    private String unknownPeriod;
    private TrialBalance balance;

    @PostConstruct
    void load() {
        PeriodChoices choices = PeriodChoices.of(calendar, parameters.get("period"));
        years = choices.years();
        period = choices.shown();
        unknownPeriod = choices.unknown();
        if (period != null) {
            balance = trialBalanceOf(period.month());
        }
    }

    /** Every period of every fiscal year, by year; empty when no year is open yet. */
    public List<FiscalYearChoice> getYears() {
        return years;
    }

    /** The month shown, or null when no fiscal year exists. */
    public PeriodChoice getPeriod() {
        return period;
    }

    /** What the query string asked for when it names no existing period (a stale bookmark), else null. */
    public String getUnknownPeriod() {
        return unknownPeriod;
    }

    public TrialBalance getBalance() {
        return balance;
    }

    private TrialBalance trialBalanceOf(YearMonth month) {
        try {
            return trialBalances.forPeriods(month, month);
        } catch (LedgerException e) {
            throw new IllegalStateException("The trial balance of an existing period was refused: " + month, e);
        }
    }
}
