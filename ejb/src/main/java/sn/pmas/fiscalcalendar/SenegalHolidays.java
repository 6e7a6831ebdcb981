package sn.pmas.fiscalcalendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Senegal's public holidays as Jollyday computes them (docs/fiscal-calendar.md says why Jollyday):
 * fixed and Christian ones exactly, Islamic ones by calculation — the accountant moves those to the
 * day the moon was sighted ({@link Holidays}).
 */
final class SenegalHolidays {

    private static final HolidayManager MANAGER = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SENEGAL));

    private SenegalHolidays() {
    }

    static List<ComputedHoliday> of(int year) {
        return MANAGER.getHolidays(Year.of(year)).stream()
                .map(holiday -> new ComputedHoliday(holiday.getPropertiesKey(), holiday.getDescription(Locale.FRENCH),
                        holiday.getDate(), holiday.getPropertiesKey().startsWith("islamic.")))
                .sorted(Comparator.comparing(ComputedHoliday::date))
                .toList();
    }

    /** A holiday on its computed date; {@code key} is Jollyday's, e.g. {@code islamic.ID_AL_FITR}. */
    record ComputedHoliday(String key, String name, LocalDate date, boolean lunar) {
    }
}
