package sn.pmas.fiscalcalendar;

/** Where an occurrence's amount comes from: the balance of a ledger account at period end, or the accountant. */
public enum AmountSource {
    LEDGER, ENTERED
}
