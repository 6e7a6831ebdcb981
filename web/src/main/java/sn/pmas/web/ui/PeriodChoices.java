package sn.pmas.web.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import sn.pmas.ledger.FiscalCalendarService;

/**
 * The periods a page offers, by fiscal year, and the one it shows: the month the query string
 * names, else the latest month with entries (on books without entries, the first month of the
 * latest year). A month the books do not have is kept as {@code unknown} for the page to say so.
 */
final class PeriodChoices {

    private final List<FiscalYearChoice> years;
    private final PeriodChoice shown;
    private final String unknown;

    private PeriodChoices(List<FiscalYearChoice> years, PeriodChoice shown, String unknown) {
        this.years = years;
        this.shown = shown;
        this.unknown = unknown;
    }

    static PeriodChoices of(FiscalCalendarService calendar, String requested) {
        List<FiscalYearChoice> years = calendar.years().stream()
                .map(year -> new FiscalYearChoice(year, calendar.periods(year).stream().map(PeriodChoice::of).toList()))
                .toList();
        PeriodChoice shown = choiceOf(years, requested)
                .or(() -> calendar.latestPeriodWithEntries().map(YearMonth::toString).flatMap(latest -> choiceOf(years, latest)))
                .or(() -> years.isEmpty() ? Optional.empty() : years.getLast().periods().stream().findFirst())
                .orElse(null);
        boolean asked = requested != null && !requested.isBlank();
        return new PeriodChoices(years, shown, asked && (shown == null || !shown.value().equals(requested)) ? requested : null);
    }

    private static Optional<PeriodChoice> choiceOf(List<FiscalYearChoice> years, String value) {
        return years.stream().flatMap(year -> year.periods().stream()).filter(choice -> choice.value().equals(value)).findFirst();
    }

    /** Every period of every fiscal year, by year; empty when no year is open yet. */
    List<FiscalYearChoice> years() {
        return years;
    }

    /** The month shown, or null when no fiscal year exists. */
    PeriodChoice shown() {
        return shown;
    }

    /** What the query string asked for when it names no existing period (a stale bookmark), else null. */
    String unknown() {
        return unknown;
    }
}
