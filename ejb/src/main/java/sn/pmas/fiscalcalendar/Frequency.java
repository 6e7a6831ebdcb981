package sn.pmas.fiscalcalendar;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How often an obligation falls due: one occurrence per month, quarter or fiscal year. */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), ANNUAL(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The periods of a fiscal year (the calendar year, DOMAIN.md §1), in order. */
    public List<ObligationPeriod> periodsOf(int year) {
        List<ObligationPeriod> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month += months) {
            YearMonth first = YearMonth.of(year, month);
            periods.add(new ObligationPeriod(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()));
        }
        return periods;
    }
}
