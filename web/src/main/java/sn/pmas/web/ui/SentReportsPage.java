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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PeriodView;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.reportcatalogue.CatalogueEntry;
import sn.pmas.reportcatalogue.MonthlyDispatch;
import sn.pmas.reportcatalogue.ReportCatalogue;
import sn.pmas.reportcatalogue.SentReportView;
import sn.pmas.reportcatalogue.SentReports;
import sn.pmas.reportcatalogue.SentReports.Archived;
import sn.pmas.reporting.ReportRenderingException;

/**
 * Backs ui/sent-reports.xhtml, the Archives des envois: the documents sent to insurers and schemes,
 * newest first (a GET form narrows by recipient, report and month), each downloadable as sent with
 * its SHA-256; and, for the accountant, the production of a closed month's insurer tables now
 * rather than at the timer's next morning.
 */
@Named
@RequestScoped
public class SentReportsPage {

    @EJB
    private SentReports archive;
    @EJB
    private MonthlyDispatch dispatch;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private String recipient;
    private String report;
    private String month;
    private List<SentReportView> documents;
    private String refused;

    @PostConstruct
    void load() {
        recipient = blankToNull(parameters.get("recipient"));
        report = blankToNull(parameters.get("report"));
        month = blankToNull(parameters.get("month"));
        if (month != null) {
            try {
                month = YearMonth.parse(month).toString();
            } catch (DateTimeParseException e) {
                refused = "Mois attendu au format AAAA-MM (reçu : " + month + ").";
                month = null;
            }
        }
        documents = archive.list(recipient, report, month);
    }

    public List<SentReportView> getDocuments() {
        return documents;
    }

    public List<PartyView> getInsurers() {
        return parties.list(PartyType.INSURER);
    }

    public List<PartyView> getRecipients() {
        List<PartyView> recipients = new ArrayList<>(getInsurers());
        recipients.addAll(parties.list(PartyType.DELEGATING_SCHEME));
        return recipients;
    }

    /** The reports of the catalogue that are sent: the ones the archive may hold. */
    public List<CatalogueEntry> getSentReports() {
        return ReportCatalogue.entries().stream().filter(CatalogueEntry::sent).toList();
    }

    /** The closed months, latest first: the ones whose insurer tables may be produced. */
    public List<String> getClosedMonths() {
        List<String> closed = new ArrayList<>();
        for (Integer year : calendar.years()) {
            calendar.periods(year).stream().filter(period -> "CLOSED".equals(period.state())).map(PeriodView::period).forEach(closed::add);
        }
        return closed.reversed();
    }

    public String getRecipient() {
        return recipient;
    }

    public String getReport() {
        return report;
    }

    public String getMonth() {
        return month;
    }

    public String getRefused() {
        return refused;
    }

    /** The accountant's action: the chosen closed month's tables for one insurer or every one, archived as sent. */
    public String produce() {
        String chosen = parameters.getOrDefault("produce-month", "");
        String insurer = blankToNull(parameters.get("produce-insurer"));
        try {
            List<Archived> produced = dispatch.produce(YearMonth.parse(chosen), insurer);
            long created = produced.stream().filter(Archived::created).count();
            return ActionMessages.done(faces, "Tableaux mensuels de " + chosen + (insurer == null ? "" : " pour " + insurer) + " : " + created + " document(s) archivé(s), "
                    + (produced.size() - created) + " déjà archivé(s).", "/ui/sent-reports.xhtml?month=" + chosen);
        } catch (DateTimeParseException e) {
            return ActionMessages.refused(faces, "Choisir un mois clôturé.");
        } catch (LedgerException | ReportRenderingException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
