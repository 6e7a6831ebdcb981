package sn.pmas.ledger;

import java.time.LocalDate;

/** A fiscal period as shown to users: {@code period} is yyyy-MM. */
public record PeriodView(String period, LocalDate startDate, LocalDate endDate, String state) {

    static PeriodView of(FiscalPeriod period) {
        return new PeriodView(period.yearMonth().toString(), period.startDate(), period.endDate(), period.state().name());
    }
}
