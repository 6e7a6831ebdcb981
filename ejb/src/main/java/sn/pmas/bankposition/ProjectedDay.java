package sn.pmas.bankposition;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the 30-day projection: what is expected in and out that day, the projected position at
 * its end (book balance less cheques issued not cashed plus deposits in transit, then the flows of
 * the days up to it), and whether it falls below the safety margin.
 */
public record ProjectedDay(LocalDate day, long inflows, long outflows, long position, long safetyMargin, boolean belowMargin,
                           List<Flow> flows) {

    /** What moves the position on the day: a held cheque by its deadline, a fiscal obligation by its due date, a fund call by its due date. */
    public record Flow(Kind kind, String reference, String label, long amount) {
    }

    public enum Kind { HELD_CHEQUE, FISCAL_OBLIGATION, FUND_CALL }
}
