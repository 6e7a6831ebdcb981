package sn.pmas.reportcatalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PeriodView;
import sn.pmas.ledger.Rejection;
import sn.pmas.management.MonthlyDocument;
import sn.pmas.management.MonthlyReports;
import sn.pmas.management.MonthlyTable;
import sn.pmas.management.MonthlyTableReport;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.platform.Roles;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.reportcatalogue.SentReports.Archived;

/**
 * Once a month is closed, its monthly tables (production, collections, arrears) are produced for
 * each insurer, as a PDF and a workbook, and archived as sent to that insurer
 * (docs/report-catalogue.md). A persistent timer (database store: it survives restarts and catches
 * up a missed morning) runs every morning over the months closed in the last year; the accountant
 * may run a month at once. Each document is archived once per insurer, table, month and format: a
 * second run, a second node or a second firing finds it archived (the database's unique key
 * decides a race) and adds nothing.
 */
@Stateless
@RunAs(Roles.ACCOUNTANT) // the timer has no caller: it archives as the accountant would
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // rendering is long; each archived copy commits on its own
public class MonthlyDispatch {

    /** Who the archive records for the timer's productions. */
    static final String TIMER = "minuterie (clôture du mois)";
    /** The catalogue codes of the monthly tables: this prefix and the table's code. */
    static final String REPORT_PREFIX = "monthly-";
    /** A month closed longer ago than this is left to an explicit run: the timer catches up a year. */
    private static final int CATCH_UP_MONTHS = 12;
    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.XLSX);
    private static final Logger LOG = Logger.getLogger(MonthlyDispatch.class.getName());

    @EJB
    private MonthlyReports reports;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @EJB
    private SentReports archive;
    @Resource
    private SessionContext session;

    private final Clock clock = Clock.system(ZoneId.of("Africa/Dakar"));

    @Schedule(hour = "5", minute = "45", persistent = true, info = "monthly insurer reports of the closed months")
    void everyMorning() {
        YearMonth current = YearMonth.now(clock);
        for (YearMonth month = current.minusMonths(CATCH_UP_MONTHS); !month.isAfter(current); month = month.plusMonths(1)) {
            if (closed(month)) {
                try {
                    long archived = produce(month, null, TIMER).stream().filter(Archived::created).count();
                    YearMonth produced = month;
                    LOG.info(() -> "Monthly insurer reports of " + produced + ": " + archived + " document(s) archived");
                } catch (LedgerException | ReportRenderingException e) {
                    LOG.log(Level.WARNING, "Monthly insurer reports of " + month + " not produced: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Produces and archives the closed month's tables for one insurer, or for every insurer (null);
     * what is archived already stays as it is.
     *
     * @return every document of the month and insurer(s), with whether this call archived it
     * @throws LedgerException {@code period.missing} or {@code period.not-closed} on {@code month},
     *                         {@code party.unknown} on {@code insurer}
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<Archived> produce(YearMonth month, String insurer) throws LedgerException, ReportRenderingException {
        return produce(month, insurer, session.getCallerPrincipal().getName());
    }

    private List<Archived> produce(YearMonth month, String insurer, String sentBy) throws LedgerException, ReportRenderingException {
        PeriodView period = period(month);
        if (!"CLOSED".equals(period.state())) {
            throw new LedgerException(Rejection.PERIOD_NOT_CLOSED, "month", "La période " + month
                    + " n'est pas clôturée : les tableaux mensuels sont envoyés aux compagnies une fois le mois clôturé.");
        }
        List<String> insurers = insurer != null ? List.of(insurer)
                : parties.list(PartyType.INSURER).stream().map(PartyView::code).toList();
        List<Archived> documents = new ArrayList<>();
        for (String code : insurers) {
            for (MonthlyTable table : MonthlyTable.values()) {
                documents.addAll(produce(table, month, code, sentBy));
            }
        }
        return documents;
    }

    /** One table of one insurer, in each format; computed only when a format is still to archive. */
    private List<Archived> produce(MonthlyTable table, YearMonth month, String insurer, String sentBy)
            throws LedgerException, ReportRenderingException {
        List<Archived> documents = new ArrayList<>();
        MonthlyTableReport report = null;
        for (ReportFormat format : FORMATS) {
            SentReportKey key = new SentReportKey(REPORT_PREFIX + table.code(), Map.of("insurer", insurer, "month", month.toString()),
                    format.code(), insurer);
            Optional<SentReportView> existing = archive.find(key);
            if (existing.isPresent()) {
                documents.add(new Archived(existing.get(), false));
                continue;
            }
            if (report == null) {
                report = reports.table(table, month, insurer);
            }
            MonthlyDocument document = reports.document(report, format);
            documents.add(archive.archive(new SentDocument(key, month.toString(), document.fileName(), document.mediaType(),
                    document.content()), sentBy));
        }
        return documents;
    }

    private boolean closed(YearMonth month) {
        return calendar.periods(month.getYear()).stream().anyMatch(p -> p.period().equals(month.toString()) && "CLOSED".equals(p.state()));
    }

    private PeriodView period(YearMonth month) throws LedgerException {
        return calendar.periods(month.getYear()).stream().filter(p -> p.period().equals(month.toString())).findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.PERIOD_MISSING, "month", "Aucun exercice ouvert pour " + month + "."));
    }
}
