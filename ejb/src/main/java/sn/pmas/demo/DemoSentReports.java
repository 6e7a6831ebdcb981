package sn.pmas.demo;

import java.time.Month;
import java.time.YearMonth;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reportcatalogue.MonthlyDispatch;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The demo year's first months closed, as the pool closes its months, and their monthly insurer
 * tables produced and archived as sent by the month-close path the timer takes, so that the
 * Archives des envois show them at once. Last of the demo: nothing is booked in those months after.
 */
final class DemoSentReports {

    /** January and February: enough to show the archive, few enough to keep the start-up short. */
    private static final Month LAST_CLOSED = Month.FEBRUARY;

    private DemoSentReports() {
    }

    static void closeAndSend(FiscalCalendarService calendar, MonthlyDispatch dispatch, int year)
            throws LedgerException, ReportRenderingException {
        for (YearMonth month = YearMonth.of(year, Month.JANUARY); !month.isAfter(YearMonth.of(year, LAST_CLOSED)); month = month.plusMonths(1)) {
            calendar.close(month);
            dispatch.produce(month, null);
        }
    }
}
