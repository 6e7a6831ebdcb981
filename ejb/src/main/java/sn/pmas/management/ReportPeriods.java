package sn.pmas.management;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PeriodView;
import sn.pmas.ledger.Rejection;

/**
 * Whether a quarter or a year may be reported on (docs/management-reports.md): every month of it is
 * a period of an opened fiscal year, and it is over — its last day is past, or the accountant closed
 * all its periods (a closed period is over in the books whatever the calendar says). Its figures are
 * final once every period is closed, provisional before.
 */
final class ReportPeriods {

    private ReportPeriods() {
    }

    /**
     * @return true when every period of the span is closed
     * @throws LedgerException {@code period.missing}, or {@code report.period-not-ended}, on {@code field}
     */
    static boolean requireEnded(FiscalCalendarService calendar, LocalDate from, LocalDate to, LocalDate today, String field,
                                String span) throws LedgerException {
        boolean closed = true;
        Map<Integer, List<PeriodView>> years = new HashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            String period = month.toString();
            PeriodView found = years.computeIfAbsent(month.getYear(), calendar::periods).stream()
                    .filter(p -> p.period().equals(period)).findFirst()
                    .orElseThrow(() -> new LedgerException(Rejection.PERIOD_MISSING, field,
                            "Aucun exercice ouvert pour " + period + " : " + span + " porte sur des périodes de l'exercice."));
            closed &= "CLOSED".equals(found.state());
        }
        if (!closed && !to.isBefore(today)) {
            throw new LedgerException(Rejection.REPORT_PERIOD_NOT_ENDED, field, span + " se termine le " + to
                    + " : le rapport s'établit après cette date, ou une fois ses périodes clôturées.");
        }
        return closed;
    }
}
