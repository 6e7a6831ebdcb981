package sn.pmas.fiscalcalendar;

import java.time.Instant;
import java.time.LocalDate;

/** A public holiday of a year: the date computed, the date observed (moved by the accountant or not), and who moved it. */
public record HolidayView(String key, String name, LocalDate computedDate, LocalDate observedDate, boolean lunar,
                          String reason, String recordedBy, Instant recordedAt) {

    public boolean moved() {
        return !computedDate.equals(observedDate);
    }
}
