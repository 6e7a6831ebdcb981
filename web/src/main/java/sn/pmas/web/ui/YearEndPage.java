package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.web.api.RetryLostRace;
import sn.pmas.yearend.AllocationRequest;
import sn.pmas.yearend.ClosingCheck;
import sn.pmas.yearend.ClosingOutcome;
import sn.pmas.yearend.ResultPreview;
import sn.pmas.yearend.YearEndClosing;
import sn.pmas.yearend.YearEndException;
import sn.pmas.yearend.YearEndStatus;

/**
 * Backs ui/year-end.xhtml, the year-end wizard (docs/year-end.md): the checks of a year
 * ({@code ?year=}, by default the latest year with postings) with each failure and the page that
 * fixes it, the preview of the result, the confirmation; then reopening (administrators) and the
 * allocation of the result. The year acted on is the form's own hidden field.
 */
@Named
@RequestScoped
@RetryLostRace
public class YearEndPage {

    @EJB
    private YearEndClosing closing;
    @EJB
    private FiscalCalendarService calendar;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private Integer year;
    private List<Integer> years;
    private YearEndStatus status;
    private List<ClosingCheck> checks;
    private ResultPreview preview;

    @PostConstruct
    void load() {
        years = calendar.years();
        year = YearParameter.of(parameters, years, closing::latestYearWithEntries);
        if (year == null) {
            return;
        }
        try {
            status = closing.status(year);
            checks = status.closed() ? List.of() : closing.checks(year);
            preview = closing.preview(year);
        } catch (LedgerException e) {
            ActionMessages.refused(faces, e.getMessage());
            year = null;
        }
    }

    public Integer getYear() {
        return year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public YearEndStatus getStatus() {
        return status;
    }

    public List<ClosingCheck> getChecks() {
        return checks;
    }

    public ResultPreview getPreview() {
        return preview;
    }

    public boolean isReady() {
        return checks != null && checks.stream().allMatch(ClosingCheck::passed);
    }

    public String getChecksSummary() {
        long failures = checks == null ? 0 : checks.stream().mapToLong(check -> check.failures().size()).sum();
        return failures == 0 ? "Tous les contrôles sont satisfaits" : failures + " anomalie(s) à corriger avant la clôture";
    }

    public String actionLabel(String action) {
        return "CLOSED".equals(action) ? "Clôture" : "Réouverture";
    }

    public String confirm() {
        int acted = actedYear();
        try {
            ClosingOutcome outcome = closing.confirm(acted);
            return ActionMessages.done(faces, outcome.replayed() ? "L'exercice " + acted + " était déjà clôturé."
                    : "Exercice " + acted + " clôturé : écritures de clôture et à-nouveaux " + (acted + 1) + " passés.", page(acted));
        } catch (LedgerException | YearEndException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String reopen() {
        int acted = actedYear();
        try {
            closing.reopen(acted, parameters.getOrDefault("reason", ""));
            return ActionMessages.done(faces, "Exercice " + acted + " rouvert : clôture et à-nouveaux extournés.", page(acted));
        } catch (LedgerException | YearEndException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String allocate() {
        int acted = actedYear();
        LocalDate approvedOn;
        long decided;
        try {
            approvedOn = LocalDate.parse(parameters.getOrDefault("approvedOn", "").strip());
            String amount = parameters.getOrDefault("decidedAmount", "").replaceAll("[\\s\u00A0\u202F]", "");
            decided = amount.isEmpty() ? 0 : Long.parseLong(amount);
        } catch (DateTimeParseException | NumberFormatException e) {
            return ActionMessages.refused(faces, "Date d'approbation (AAAA-MM-JJ) ou montant décidé (francs entiers) illisible.");
        }
        try {
            closing.allocate(acted, new AllocationRequest(approvedOn, decided, parameters.get("decidedAccount")));
            return ActionMessages.done(faces, "Affectation du résultat " + acted + " comptabilisée.", page(acted));
        } catch (LedgerException | YearEndException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    private int actedYear() {
        try {
            return Integer.parseInt(parameters.getOrDefault("actedYear", "").strip());
        } catch (NumberFormatException e) {
            return year == null ? 0 : year;
        }
    }

    private static String page(int year) {
        return "/ui/year-end.xhtml?year=" + year;
    }
}
