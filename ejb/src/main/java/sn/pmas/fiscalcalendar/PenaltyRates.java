package sn.pmas.fiscalcalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Penalties for lateness in force at a deadline (DOMAIN.md §7): a fine per return filed late, and
 * on an amount paid late a surcharge plus a rate per month or part of a month late. Rates in basis
 * points (500 = 5 %); the result is whole francs, rounded half-even.
 */
public record PenaltyRates(long lateFilingFine, long lateSurchargeBasisPoints, long monthlyBasisPoints) {

    private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

    /** The fine if the return was (or, still not filed, is) late on {@code asOf}. */
    public long filingExposure(LocalDate due, LocalDate filedOn, LocalDate asOf) {
        LocalDate filed = filedOn == null ? asOf : filedOn;
        return filed.isAfter(due) ? lateFilingFine : 0;
    }

    /** The surcharge and interest on {@code amount} paid on {@code paidOn}, or still unpaid on {@code asOf}. */
    public long paymentExposure(long amount, LocalDate due, LocalDate paidOn, LocalDate asOf) {
        LocalDate paid = paidOn == null ? asOf : paidOn;
        if (!paid.isAfter(due) || amount == 0) {
            return 0;
        }
        long basisPoints = lateSurchargeBasisPoints + monthlyBasisPoints * monthsStarted(due, paid);
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BASIS, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Months or parts of a month from the day after the deadline to the payment: one day late is one month. */
    static long monthsStarted(LocalDate due, LocalDate paid) {
        long whole = ChronoUnit.MONTHS.between(due, paid);
        return due.plusMonths(whole).isBefore(paid) ? whole + 1 : whole;
    }
}
