package sn.pmas.fiscalcalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Days the administration's offices are open: not a Saturday, a Sunday or a public holiday. */
public record WorkingDays(Set<LocalDate> holidays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorking(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
