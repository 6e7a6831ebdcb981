package sn.pmas.fiscalcalendar;

/** An occurrence's life, one way: the return is filed, then what it declares is paid. */
public enum OccurrenceStatus {
    TO_DECLARE, DECLARED, PAID;

    /** French, as the calendar and its report show it. */
    public String label() {
        return switch (this) {
            case TO_DECLARE -> "À déclarer";
            case DECLARED -> "Déclarée";
            case PAID -> "Payée";
        };
    }
}
