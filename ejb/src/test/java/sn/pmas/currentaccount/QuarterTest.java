package sn.pmas.currentaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parsesYearAndQuarter() {
        assertEquals(Optional.of(new Quarter(2025, 1)), Quarter.parse("2025-Q1"));
        assertEquals(Optional.of(new Quarter(2042, 4)), Quarter.parse(" 2042-q4 "));
    }

    @Test
    void refusesAnythingElse() {
        for (String text : new String[] {null, "", "2025-Q0", "2025-Q5", "2025-1", "2025-03", "25-Q1", "2025-Q1x"}) {
            assertTrue(Quarter.parse(text).isEmpty(), text);
        }
    }

    @Test
    void endsOnTheLastDayOfItsThirdMonth() {
        assertEquals(LocalDate.of(2025, 3, 31), new Quarter(2025, 1).lastDay());
        assertEquals(LocalDate.of(2024, 6, 30), new Quarter(2024, 2).lastDay());
        assertEquals(LocalDate.of(2024, 9, 30), new Quarter(2024, 3).lastDay());
        assertEquals(LocalDate.of(2025, 12, 31), new Quarter(2025, 4).lastDay());
    }

    @Test
    void aDateFallsInItsQuarter() {
        assertEquals(new Quarter(2025, 1), Quarter.of(LocalDate.of(2025, 3, 31)));
        assertEquals(new Quarter(2025, 3), Quarter.of(LocalDate.of(2025, 7, 1)));
        assertEquals("2025-Q4", Quarter.of(LocalDate.of(2025, 12, 31)).toString());
    }
}
