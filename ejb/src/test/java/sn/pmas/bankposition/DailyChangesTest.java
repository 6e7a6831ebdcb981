package sn.pmas.bankposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure from its changes per day: its value at the end of a day, read at random or walked forward. */
class DailyChangesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2059, 3, 1);

    @Test
    void theValueOfADayIsTheSumOfTheChangesOnOrBeforeIt() {
        DailyChanges held = new DailyChanges()
                .add(List.<Object[]>of(new Object[] {MARCH_1.plusDays(3), 500_000L}, new Object[] {null, 99L}), 1)
                .add(List.<Object[]>of(new Object[] {MARCH_1.plusDays(4), 300_000L}), -1)
                .add(MARCH_1.minusDays(1), 1_000L);
        assertEquals(1_000, held.at(MARCH_1));
        assertEquals(501_000, held.at(MARCH_1.plusDays(3)));
        assertEquals(201_000, held.at(MARCH_1.plusDays(9)));
        DailyChanges.Cursor cursor = held.cursor();
        long[] walked = new long[10];
        for (int day = 0; day < 10; day++) {
            walked[day] = cursor.at(MARCH_1.plusDays(day));
        }
        assertEquals(List.of(1_000L, 1_000L, 1_000L, 501_000L, 201_000L, 201_000L, 201_000L, 201_000L, 201_000L, 201_000L),
                java.util.Arrays.stream(walked).boxed().toList());
    }

    @Test
    void aPositionIsAvailableLessHeldPlusWhatComes() {
        PositionDay day = PositionDay.of(MARCH_1, 10_000_000, 1_500_000, 700_000, 400_000, 2_000_000, 500_000);
        assertEquals(8_000_000, day.available(), "book - outstanding - margin");
        assertEquals(9_700_000, day.net(), "available - held + in transit + expected");
    }
}
