package sn.pmas.fiscalcalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines of one version of an obligation: day {@code declarationDay} of the
 * {@code declarationMonths}-th month after the period's end (the day capped at the month's
 * length: "31" is the month's last day), the same for payment, none for a return alone.
 * Under {@code quarterlyBelow} francs a month, a monthly amount is due with its quarter.
 */
public record DeadlineRule(Frequency frequency, int declarationMonths, int declarationDay, Integer paymentMonths,
                           Integer paymentDay, Long quarterlyBelow, ShiftRule shiftRule) {

    public DeadlineRule {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(shiftRule, "shiftRule");
        if ((paymentMonths == null) != (paymentDay == null)) {
            throw new IllegalArgumentException("a payment deadline needs both its month and its day");
        }
    }

    public boolean payable() {
        return paymentMonths != null;
    }

    /** The deadlines of a period, moved off days off; {@code amount} (null when unknown) decides the quarterly grouping. */
    public Deadlines deadlinesOf(ObligationPeriod period, Long amount, WorkingDays days) {
        boolean grouped = quarterlyBelow != null && amount != null && amount < quarterlyBelow;
        LocalDate end = grouped ? period.quarter().end() : period.end();
        LocalDate declaration = nominal(end, declarationMonths, declarationDay);
        LocalDate payment = payable() ? nominal(end, paymentMonths, paymentDay) : null;
        return new Deadlines(declaration, shiftRule.apply(declaration, days),
                payment, payment == null ? null : shiftRule.apply(payment, days));
    }

    private static LocalDate nominal(LocalDate periodEnd, int monthsAfter, int day) {
        LocalDate month = periodEnd.withDayOfMonth(1).plusMonths(monthsAfter);
        return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
    }

    /** Nominal dates as the rule states them, and the due dates after the shift. */
    public record Deadlines(LocalDate declarationNominal, LocalDate declarationDue, LocalDate paymentNominal,
                            LocalDate paymentDue) {
    }
}
