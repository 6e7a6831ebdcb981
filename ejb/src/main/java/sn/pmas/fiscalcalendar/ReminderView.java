package sn.pmas.fiscalcalendar;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder with its occurrence; {@code open} while the deadline it recalls is still to be met. */
public record ReminderView(long id, long occurrenceId, String obligationCode, String obligationName, String periodLabel,
                           Deadline deadline, ReminderKind kind, String kindLabel, LocalDate dueOn, LocalDate raisedOn,
                           Instant raisedAt, boolean open) {
}
