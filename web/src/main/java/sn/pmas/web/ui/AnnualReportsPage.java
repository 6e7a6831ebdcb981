package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.management.AnnualReports;
import sn.pmas.management.ManagementDocument;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;

/**
 * Backs ui/annual-reports.xhtml, the Rapports annuels: the split of the year's revenue per principal
 * and the package sent to a delegating scheme ({@code ?year=2025&scheme=MUT-THIES}), each with its
 * PDF and Excel downloads. Without a year, the latest year with entries that is over or closed.
 */
@Named
@RequestScoped
public class AnnualReportsPage {

    @EJB
    private AnnualReports reports;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private List<Integer> years;
    private List<PartyView> schemes;
    private Integer year;
    private String scheme;
    private ManagementDocument revenue;
    private ManagementDocument schemePackage;
    private String refused;

    @PostConstruct
    void load() {
        years = calendar.years();
        schemes = parties.list(PartyType.DELEGATING_SCHEME);
        String asked = parameters.getOrDefault("year", "").strip();
        year = asked.isEmpty() ? defaultYear() : years.stream().filter(y -> String.valueOf(y).equals(asked)).findFirst().orElse(null);
        if (!asked.isEmpty() && year == null) {
            refused = "L'exercice « " + asked + " » n'est pas ouvert au grand livre.";
            return;
        }
        scheme = parameters.getOrDefault("scheme", "").strip();
        if (scheme.isEmpty() && !schemes.isEmpty()) {
            scheme = schemes.get(0).code();
        }
        if (year == null) {
            return;
        }
        try {
            revenue = reports.revenueSplit(year).document();
            if (!scheme.isEmpty()) {
                schemePackage = reports.schemePackage(scheme, year).document();
            }
        } catch (LedgerException e) {
            refused = e.getMessage();
        }
    }

    /** The latest year with entries once it is over or closed, else the one before it. */
    private Integer defaultYear() {
        int today = LocalDate.now().getYear();
        int latest = calendar.latestPeriodWithEntries().map(month -> month.getYear()).orElse(today);
        return years.stream().filter(y -> y <= latest && (y < today || calendar.yearClosed(y)))
                .reduce((first, second) -> second).orElse(years.isEmpty() ? null : years.get(0));
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<PartyView> getSchemes() {
        return schemes;
    }

    public Integer getYear() {
        return year;
    }

    public String getScheme() {
        return scheme;
    }

    public ManagementDocument getRevenue() {
        return revenue;
    }

    public ManagementDocument getSchemePackage() {
        return schemePackage;
    }

    public String getRefused() {
        return refused;
    }
}
