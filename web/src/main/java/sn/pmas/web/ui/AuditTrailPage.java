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
import sn.pmas.audittrail.ChainReport;
import sn.pmas.audittrail.ChainVerifier;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/audit-trail.xhtml, the *Piste d'audit* (docs/audit-trail.md): a year ({@code ?year=},
 * by default the latest year with postings), the verification of its hash chains when asked
 * ({@code &verify=1}: a GET, so the result can be bookmarked and the page's script shows the
 * progress while it runs), and the year's journal file to download.
 */
@Named
@RequestScoped
public class AuditTrailPage {

    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private ChainVerifier verifier;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private List<Integer> years;
    private Integer year;
    private ChainReport report;

    @PostConstruct
    void load() {
        years = calendar.years();
        year = requestedYear();
        if (year != null && "1".equals(parameters.get("verify"))) {
            try {
                report = verifier.verify(year);
            } catch (LedgerException e) {
                throw new IllegalStateException("the year offered exists: " + year, e);
            }
        }
    }

    private Integer requestedYear() {
        try {
            int asked = Integer.parseInt(parameters.getOrDefault("year", "").strip());
            if (years.contains(asked)) {
                return asked;
            }
        } catch (NumberFormatException e) {
            // no year or not a number: the latest year with postings
        }
        return calendar.latestPeriodWithEntries().map(YearMonth::getYear).orElse(years.isEmpty() ? null : years.getLast());
    }

    public List<Integer> getYears() {
        return years;
    }

    /** The year shown, or null when no fiscal year exists. */
    public Integer getYear() {
        return year;
    }

    /** The verification asked for, or null. */
    public ChainReport getReport() {
        return report;
    }
}
