package sn.pmas.fiscalcalendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The holidays as observed: each computed date replaced by the latest override recorded for it. */
final class ObservedHolidays {

    private ObservedHolidays() {
    }

    static List<HolidayView> of(List<SenegalHolidays.ComputedHoliday> computed, List<HolidayOverride> overrides) {
        Map<String, HolidayOverride> latest = overrides.stream().collect(Collectors.toMap(
                override -> override.holidayKey() + "@" + override.computedDate(), Function.identity(),
                (a, b) -> a.recordedAt().isAfter(b.recordedAt()) || (a.recordedAt().equals(b.recordedAt()) && a.id() > b.id()) ? a : b));
        return computed.stream().map(holiday -> {
            HolidayOverride override = latest.get(holiday.key() + "@" + holiday.date());
            return override == null
                    ? new HolidayView(holiday.key(), holiday.name(), holiday.date(), holiday.date(), holiday.lunar(), null, null, null)
                    : new HolidayView(holiday.key(), holiday.name(), holiday.date(), override.observedDate(), holiday.lunar(),
                            override.reason(), override.recordedBy(), override.recordedAt());
        }).sorted(Comparator.comparing(HolidayView::observedDate)).toList();
    }

    static Set<LocalDate> dates(List<HolidayView> holidays) {
        return holidays.stream().map(HolidayView::observedDate).collect(Collectors.toSet());
    }
}
