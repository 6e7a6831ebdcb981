package sn.pmas.web.ui;

import java.time.LocalDate;
import java.util.List;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.PeriodView;

/**
 * A quarter in the quarter select: value {@code 2025-Q1}, label "1er trimestre 2025".
 *
 * @param closed whether its three periods are closed
 */
public record QuarterChoice(Quarter quarter, boolean closed) {

    /** The quarters of a fiscal year from its periods (all four: a year's periods are its twelve months). */
    static List<QuarterChoice> of(int year, List<PeriodView> periods) {
        return List.of(1, 2, 3, 4).stream().map(n -> new Quarter(year, n))
                .map(q -> new QuarterChoice(q, periods.stream().filter(p -> Quarter.of(p.startDate()).equals(q))
                        .allMatch(p -> "CLOSED".equals(p.state()))))
                .toList();
    }

    public String value() {
        return quarter.toString();
    }

    public String label() {
        return (quarter.number() == 1 ? "1er" : quarter.number() + "e") + " trimestre " + quarter.year();
    }

    /** Ended on {@code today}, or closed in the books: a package can be drawn for it. */
    boolean reportable(LocalDate today) {
        return closed || quarter.lastDay().isBefore(today);
    }
}
