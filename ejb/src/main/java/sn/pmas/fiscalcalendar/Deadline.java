package sn.pmas.fiscalcalendar;

/** The two deadlines of an occurrence: filing the return, paying what it declares. */
public enum Deadline {
    DECLARATION, PAYMENT
}
