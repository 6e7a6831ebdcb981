package sn.pmas.fiscalcalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole year of deadlines against dates computed by hand on a 2025 and 2026 calendar. */
class DeadlineRuleTest {

    private static final DeadlineRule MONTHLY_15TH = new DeadlineRule(Frequency.MONTHLY, 1, 15, 1, 15, 20_000L, ShiftRule.NEXT_WORKING_DAY);
    private static final WorkingDays SENEGAL = new WorkingDays(ObservedHolidays.dates(ObservedHolidays.of(
            concat(SenegalHolidays.of(2025), SenegalHolidays.of(2026)), List.of())));

    @Test
    void monthlyDeadlinesOf2025MoveOffWeekendsAndHolidays() {
        List<LocalDate> due = Frequency.MONTHLY.periodsOf(2025).stream()
                .map(period -> MONTHLY_15TH.deadlinesOf(period, null, SENEGAL).declarationDue()).toList();
        assertEquals(List.of(
                LocalDate.of(2025, 2, 17),  // Saturday 15th
                LocalDate.of(2025, 3, 17),  // Saturday 15th
                LocalDate.of(2025, 4, 15),
                LocalDate.of(2025, 5, 15),
                LocalDate.of(2025, 6, 16),  // Sunday 15th
                LocalDate.of(2025, 7, 15),
                LocalDate.of(2025, 8, 18),  // Friday 15th is the Assumption, then the weekend
                LocalDate.of(2025, 9, 15),
                LocalDate.of(2025, 10, 15),
                LocalDate.of(2025, 11, 17), // Saturday 15th
                LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 1, 15)), due);
    }

    @Test
    void theNominalDateStaysBesideTheShiftedOne() {
        DeadlineRule.Deadlines august = MONTHLY_15TH.deadlinesOf(Frequency.MONTHLY.periodsOf(2025).get(6), null, SENEGAL);
        assertEquals(LocalDate.of(2025, 8, 15), august.declarationNominal());
        assertEquals(LocalDate.of(2025, 8, 15), august.paymentNominal());
        assertEquals(LocalDate.of(2025, 8, 18), august.paymentDue());
    }

    @Test
    void thePreviousWorkingDayRuleMovesBackwards() {
        DeadlineRule rule = new DeadlineRule(Frequency.MONTHLY, 1, 15, 1, 15, null, ShiftRule.PREVIOUS_WORKING_DAY);
        assertEquals(LocalDate.of(2025, 8, 14), rule.deadlinesOf(Frequency.MONTHLY.periodsOf(2025).get(6), null, SENEGAL).declarationDue());
        assertEquals(LocalDate.of(2025, 2, 14), rule.deadlinesOf(Frequency.MONTHLY.periodsOf(2025).get(0), null, SENEGAL).declarationDue());
    }

    @Test
    void anOverriddenLunarHolidayMovesTheDeadlinesItNowFallsOn() {
        // Hypothetical sighting putting the Maouloud of 2025 (computed 4 September) on the 15th
        HolidayOverride sighting = new HolidayOverride("islamic.MAWLID_AN_NABI", LocalDate.of(2025, 9, 4),
                LocalDate.of(2025, 9, 15), "croissant aperçu", "accountant", Instant.parse("2025-09-01T10:00:00Z"));
        List<HolidayView> observed = ObservedHolidays.of(SenegalHolidays.of(2025), List.of(sighting));
        WorkingDays days = new WorkingDays(ObservedHolidays.dates(observed));
        ObligationPeriod august = Frequency.MONTHLY.periodsOf(2025).get(7);
        assertEquals(LocalDate.of(2025, 9, 16), MONTHLY_15TH.deadlinesOf(august, null, days).declarationDue());
        assertEquals(LocalDate.of(2025, 9, 15), MONTHLY_15TH.deadlinesOf(august, null, SENEGAL).declarationDue());
        HolidayView mawlid = observed.stream().filter(HolidayView::moved).findFirst().orElseThrow();
        assertEquals("accountant", mawlid.recordedBy());
        assertEquals(LocalDate.of(2025, 9, 4), mawlid.computedDate());
        assertEquals(false, days.holidays().contains(LocalDate.of(2025, 9, 4)), "the computed date is a working day again");
    }

    @Test
    void annualReturnsFallAfterTheYearEnd() {
        DeadlineRule salariesReturn = new DeadlineRule(Frequency.ANNUAL, 1, 31, null, null, null, ShiftRule.NEXT_WORKING_DAY);
        DeadlineRule statements = new DeadlineRule(Frequency.ANNUAL, 4, 30, null, null, null, ShiftRule.NEXT_WORKING_DAY);
        ObligationPeriod year = Frequency.ANNUAL.periodsOf(2025).getFirst();
        assertEquals(LocalDate.of(2026, 2, 2), salariesReturn.deadlinesOf(year, null, SENEGAL).declarationDue(), "31 January 2026 is a Saturday");
        assertEquals(null, salariesReturn.deadlinesOf(year, null, SENEGAL).paymentDue(), "a return without payment");
        assertEquals(LocalDate.of(2026, 4, 30), statements.deadlinesOf(year, null, SENEGAL).declarationDue());
        DeadlineRule endOfFebruary = new DeadlineRule(Frequency.MONTHLY, 1, 31, null, null, null, ShiftRule.NEXT_WORKING_DAY);
        assertEquals(LocalDate.of(2025, 2, 28), endOfFebruary.deadlinesOf(Frequency.MONTHLY.periodsOf(2025).getFirst(), null, SENEGAL)
                .declarationNominal(), "the 31st caps at the month's last day");
    }

    @Test
    void aMonthUnderTheThresholdIsDueWithItsQuarter() {
        ObligationPeriod january = Frequency.MONTHLY.periodsOf(2025).getFirst();
        assertEquals(LocalDate.of(2025, 4, 15), MONTHLY_15TH.deadlinesOf(january, 19_999L, SENEGAL).declarationDue());
        assertEquals(LocalDate.of(2025, 2, 17), MONTHLY_15TH.deadlinesOf(january, 20_000L, SENEGAL).declarationDue());
        assertEquals(4, Frequency.QUARTERLY.periodsOf(2025).size());
        assertEquals("T2 2025", ObligationPeriod.label(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        assertEquals("août 2025", ObligationPeriod.label(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31)));
        assertEquals("exercice 2025", ObligationPeriod.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
