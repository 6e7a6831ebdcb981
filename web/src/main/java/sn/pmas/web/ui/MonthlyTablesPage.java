package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.management.MonthlyReports;
import sn.pmas.management.MonthlyTable;
import sn.pmas.management.MonthlyTableReport;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;

/**
 * Backs ui/monthly-tables.xhtml, the Tableaux mensuels: the production, collections and arrears
 * tables of a month (a GET form: {@code ?month=2025-06&insurer=ASKIA}, no insurer for the pool),
 * each with its chart and its PDF and Excel downloads. Without a month, the latest month with entries (PeriodChoices).
 */
@Named
@RequestScoped
public class MonthlyTablesPage {

    @EJB
    private MonthlyReports reports;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private List<FiscalYearChoice> years;
    private List<PartyView> insurers;
    private PeriodChoice period;
    private String insurer;
    private final List<MonthlyTableReport> tables = new ArrayList<>();
    private String refused;

    @PostConstruct
    void load() {
        insurers = parties.list(PartyType.INSURER);
        PeriodChoices choices = PeriodChoices.of(calendar, parameters.get("month"));
        years = choices.years();
        period = choices.shown();
        if (choices.unknown() != null) {
            refused = "Le mois « " + choices.unknown() + " » n'est pas une période d'un exercice ouvert.";
            return;
        }
        insurer = parameters.getOrDefault("insurer", "").strip();
        if (period == null) {
            return;
        }
        try {
            for (MonthlyTable table : MonthlyTable.values()) {
                tables.add(reports.table(table, period.month(), insurer.isEmpty() ? null : insurer));
            }
        } catch (LedgerException e) {
            tables.clear();
            refused = e.getMessage();
        }
    }

    public List<FiscalYearChoice> getYears() {
        return years;
    }

    public List<PartyView> getInsurers() {
        return insurers;
    }

    /** The month shown, or null when no fiscal year exists. */
    public PeriodChoice getPeriod() {
        return period;
    }

    /** The insurer's code, empty for the pool. */
    public String getInsurer() {
        return insurer;
    }

    /** Production, collections and arrears, in that order; empty when the request was refused. */
    public List<MonthlyTableReport> getTables() {
        return tables;
    }

    public String getRefused() {
        return refused;
    }

    /** The query string of the documents' links: month, and the insurer when one is chosen. */
    public String getDocumentQuery() {
        return "month=" + (period == null ? "" : period.value()) + (insurer == null || insurer.isEmpty() ? "" : "&insurer=" + insurer);
    }
}
