package sn.pmas.web.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import sn.pmas.ledger.PeriodView;

/** A month in the period select: value {@code 2025-03}, label "mars 2025". */
public record PeriodChoice(YearMonth month, boolean closed) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    static PeriodChoice of(PeriodView period) {
        return new PeriodChoice(YearMonth.parse(period.period()), "CLOSED".equals(period.state()));
    }

    public String value() {
        return month.toString();
    }

    public String label() {
        return month.format(LABEL);
    }
}
