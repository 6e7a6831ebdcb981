package sn.pmas.bankposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projection's chart: one point a day, the days below the margin marked, as SVG and as PNG. */
class PositionChartTest {

    @Test
    void drawsTheProjectionAndMarksTheDaysBelowTheMargin() {
        List<ProjectedDay> days = new ArrayList<>();
        LocalDate start = LocalDate.of(2059, 3, 10);
        for (int i = 0; i <= 30; i++) {
            long position = 3_000_000 - i * 100_000L;
            days.add(new ProjectedDay(start.plusDays(i), 0, i == 0 ? 0 : 100_000, position, 500_000, position < 500_000, List.of()));
        }
        String svg = new PositionChart(days).svg();
        java.util.regex.Matcher points = java.util.regex.Pattern.compile("class=\"position\"[^>]* points=\"([^\"]*)\"").matcher(svg);
        assertTrue(points.find(), svg);
        assertEquals(31, points.group(1).split(" ").length, "one point a day");
        assertEquals(days.stream().filter(ProjectedDay::belowMargin).count(), svg.split("<circle class=\"below\"").length - 1);
        assertTrue(svg.contains(">10/03<") && svg.contains(">09/04<"), "a date every five days");
        byte[] png = new PositionChart(days).png();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }
}
