package sn.pmas.fiscalcalendar;

import java.time.Instant;
import java.time.LocalDate;
import sn.pmas.cheque.ChequeStatus;

/**
 * An occurrence as the calendar, its API and its report show it, with the penalty it exposes the
 * pool to on the day it is read (a return filed late, an amount paid late or still unpaid), and the
 * register's cheque paying it ({@code chequeId}, {@code chequeStatus}: null when paid otherwise or not yet).
 */
public record OccurrenceView(long id, String obligationCode, String obligationName, LocalDate periodStart,
                             LocalDate periodEnd, String periodLabel, LocalDate declarationNominal, LocalDate declarationDue,
                             LocalDate paymentNominal, LocalDate paymentDue, Long amount, boolean amountEntered,
                             String accountCode, OccurrenceStatus status, String statusLabel, LocalDate declaredOn,
                             String declaredBy, Instant declaredAt, LocalDate paidOn, String paidBy, Instant paidAt,
                             String chequeReference, Long chequeId, ChequeStatus chequeStatus, String chequeStatusLabel,
                             long penaltyExposure) {

    /** Declared, payable, and neither paid nor waiting for a cheque of the register: its cheque may be prepared. */
    public boolean chequeToPrepare() {
        return status == OccurrenceStatus.DECLARED && paymentDue != null && chequeId == null && amount != null && amount > 0;
    }

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
