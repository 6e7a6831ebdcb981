package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PeriodChangeView;
import sn.pmas.ledger.PeriodView;
import sn.pmas.web.api.RetryLostRace;

/**
 * Backs ui/periods.xhtml: the twelve periods of a fiscal year ({@code ?year=2025}; by default the
 * year of the latest entry) with who closed and reopened each, when and why; the accountant closes
 * a period and opens the next year, an administrator reopens a period with a reason.
 */
@Named
@RequestScoped
@RetryLostRace
public class PeriodsPage {

    /** A period and its history of closes and reopenings, oldest first. */
    public record PeriodRow(PeriodChoice choice, PeriodView period, List<PeriodChangeView> history) {
    }

    @EJB
    private FiscalCalendarService calendar;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private List<Integer> years;
    private Integer year;
    private List<PeriodRow> rows = List.of();

    @PostConstruct
    void load() {
        years = calendar.years();
        String requested = parameters.get("year");
        year = years.stream().filter(y -> y.toString().equals(requested)).findFirst()
                .or(() -> calendar.latestPeriodWithEntries().map(YearMonth::getYear).filter(years::contains))
                .orElse(years.isEmpty() ? null : years.getLast());
        if (year != null) {
            rows = calendar.periods(year).stream().map(period -> new PeriodRow(PeriodChoice.of(period), period,
                    calendar.history(YearMonth.parse(period.period())))).toList();
        }
    }

    public List<Integer> getYears() {
        return years;
    }

    /** The year shown, or null when none is open. */
    public Integer getYear() {
        return year;
    }

    public List<PeriodRow> getRows() {
        return rows;
    }

    /** The year after the latest: the one the accountant opens next. */
    public int getNextYear() {
        return years.isEmpty() ? YearMonth.now().getYear() : years.getLast() + 1;
    }

    public String stateLabel(Object change) {
        return "CLOSED".equals(String.valueOf(change)) ? "Clôture" : "Réouverture";
    }

    public String close() {
        YearMonth month = month();
        if (month == null) {
            return ActionMessages.refused(faces, "Période non précisée.");
        }
        try {
            calendar.close(month);
            return ActionMessages.done(faces, "Période " + new PeriodChoice(month, true).label()
                    + " clôturée : elle refuse désormais toute écriture.", "/ui/periods.xhtml?year=" + month.getYear());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, "Clôture refusée : " + e.getMessage());
        }
    }

    public String reopen() {
        YearMonth month = month();
        if (month == null) {
            return ActionMessages.refused(faces, "Période non précisée.");
        }
        try {
            calendar.reopen(month, parameters.getOrDefault("reason", ""));
            return ActionMessages.done(faces, "Période " + new PeriodChoice(month, false).label()
                    + " rouverte.", "/ui/periods.xhtml?year=" + month.getYear());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, "Réouverture refusée : " + e.getMessage());
        }
    }

    public String openYear() {
        int next = getNextYear();
        try {
            calendar.openYear(next);
            return ActionMessages.done(faces, "Exercice " + next + " ouvert : ses douze périodes acceptent les écritures.",
                    "/ui/periods.xhtml?year=" + next);
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, "Ouverture refusée : " + e.getMessage());
        }
    }

    private YearMonth month() {
        try {
            return YearMonth.parse(parameters.getOrDefault("period", "").strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
