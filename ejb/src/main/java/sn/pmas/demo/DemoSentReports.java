package sn.pmas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.YearMonth;
import java.util.logging.Logger;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.Roles;
import sn.pmas.reportcatalogue.MonthlyDispatch;
import sn.pmas.reportcatalogue.SentReports;
import sn.pmas.reporting.ReportRenderingException;

/**
 * January of the demo year closed, as the pool closes its months, and its monthly insurer tables
 * produced and archived as sent by the month-close path the timer takes, so that the Archives des
 * envois show them at once. A start-up bean of its own, after the loader: the loader books the
 * year in one transaction, and the tables read what it booked only once it is committed.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@RunAs(Roles.ACCOUNTANT)
public class DemoSentReports {

    private static final YearMonth CLOSED = YearMonth.of(DemoDataLoader.DEMO_YEAR, 1);
    private static final Logger LOG = Logger.getLogger(DemoSentReports.class.getName());

    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private MonthlyDispatch dispatch;
    @EJB
    private SentReports archive;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void send() {
        boolean open = calendar.periods(CLOSED.getYear()).stream()
                .anyMatch(period -> period.period().equals(CLOSED.toString()) && "OPEN".equals(period.state()));
        if (!Boolean.getBoolean("pmas.demo") || !open || !archive.list(null, null, CLOSED.toString()).isEmpty()) {
            return;
        }
        try {
            calendar.close(CLOSED);
            int documents = dispatch.produce(CLOSED, null).size();
            LOG.info(() -> "Demo: " + CLOSED + " closed, " + documents + " monthly insurer documents archived as sent");
        } catch (LedgerException | ReportRenderingException e) {
            throw new IllegalStateException("the demo's month-close production failed: " + e.getMessage(), e);
        }
    }
}
