package sn.pmas.fiscalcalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An occurrence as the calendar, its API and its report show it, with the penalty it exposes the
 * pool to on the day it is read (a return filed late, an amount paid late or still unpaid).
 */
public record OccurrenceView(long id, String obligationCode, String obligationName, LocalDate periodStart,
                             LocalDate periodEnd, String periodLabel, LocalDate declarationNominal, LocalDate declarationDue,
                             LocalDate paymentNominal, LocalDate paymentDue, Long amount, boolean amountEntered,
                             String accountCode, OccurrenceStatus status, String statusLabel, LocalDate declaredOn,
                             String declaredBy, Instant declaredAt, LocalDate paidOn, String paidBy, Instant paidAt,
                             String chequeReference, Long chequeId, long penaltyExposure) {

    public boolean late() {
        return penaltyExposure > 0;
    }

    /** The deadline that matters now: the return's until it is filed, then the payment's. */
    public LocalDate nextDue() {
        return switch (status) {
            case TO_DECLARE -> declarationDue;
            case DECLARED -> paymentDue;
            case PAID -> null;
        };
    }
}
