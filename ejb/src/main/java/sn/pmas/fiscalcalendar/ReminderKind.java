package sn.pmas.fiscalcalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The reminders before and after a deadline. */
public enum ReminderKind {
    DUE_IN_7_DAYS, DUE_IN_2_DAYS, OVERDUE;

    /**
     * The most urgent reminder a deadline calls for on a day, if any: a timer that missed days
     * raises the reminder that is true today, not the ones it would have raised before.
     */
    public static Optional<ReminderKind> on(LocalDate today, LocalDate due) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return Optional.of(OVERDUE);
        }
        if (days <= 2) {
            return Optional.of(DUE_IN_2_DAYS);
        }
        return days <= 7 ? Optional.of(DUE_IN_7_DAYS) : Optional.empty();
    }

    public String label() {
        return switch (this) {
            case DUE_IN_7_DAYS -> "Échéance dans 7 jours";
            case DUE_IN_2_DAYS -> "Échéance dans 2 jours";
            case OVERDUE -> "Échéance dépassée";
        };
    }
}
