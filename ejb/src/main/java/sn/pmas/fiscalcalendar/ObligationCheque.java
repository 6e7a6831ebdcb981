package sn.pmas.fiscalcalendar;

import sn.pmas.cheque.ChequeView;

/** A declared occurrence and the register's cheque just prepared to pay it. */
public record ObligationCheque(OccurrenceView occurrence, ChequeView cheque) {
}
