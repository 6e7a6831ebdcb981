package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import sn.pmas.dashboard.Dashboard;
import sn.pmas.dashboard.Dashboards;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/dashboard.xhtml, the Tableau de bord: the directors' figures on a date ({@code ?asOf=2025-12-31}),
 * each linking to its page. Without a date: today, or the last day of the latest month with entries when
 * the books stop before today (the demo year), so that the page opens where the data is.
 */
@Named
@RequestScoped
public class DashboardPage {

    @EJB
    private Dashboards dashboards;
    @EJB
    private FiscalCalendarService calendar;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private DateParameter asOf;
    private Dashboard dashboard;
    private String refused;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        LocalDate latest = calendar.latestPeriodWithEntries().map(month -> month.atEndOfMonth()).filter(end -> end.isBefore(today)).orElse(today);
        asOf = DateParameter.of(parameters.get("asOf"), latest);
        try {
            dashboard = dashboards.on(asOf.date());
        } catch (LedgerException e) {
            refused = e.getMessage();
        }
    }

    public DateParameter getAsOf() {
        return asOf;
    }

    /** Null when the date was refused. */
    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getRefused() {
        return refused;
    }
}
