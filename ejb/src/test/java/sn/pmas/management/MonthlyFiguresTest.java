package sn.pmas.management;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.pmas.management.MonthlyFigures.Flow;
import sn.pmas.premium.AgeingBucket;
import sn.pmas.premium.ArrearsAgeing;
import sn.pmas.premium.ArrearsBucketTotal;
import sn.pmas.premium.PremiumRegisterRow;
import sn.pmas.premium.RegisterAmounts;

/** The monthly tables' lines and charts from register rows and arrears, hand-computed. */
class MonthlyFiguresTest {

    private static final YearMonth MARCH = YearMonth.of(2065, 3);

    /** Group A: 1 000 000 issued in March 2064, 2 000 000 in January and 3 000 000 in March 2065; group B: 500 000 in February 2065. */
    private static final List<PremiumRegisterRow> ROWS = List.of(
            row("A", "2064-03", issued(1, 1_000_000)),
            row("A", "2064-05", issued(1, 9_000_000)), // after March: outside the year to date of 2064
            row("A", "2065-01", issued(2, 2_000_000)),
            row("A", "2065-03", new RegisterAmounts(1, 3_000_000, 1_500_000, 1_400_000, 196_000, 0, 100_000, 14_000, 0)),
            row("B", "2065-02", issued(1, 500_000)),
            row("B", "2065-04", issued(1, 700_000))); // after the month asked

    @Test
    void productionGivesTheMonthTheYearToDateAndTheYearBefore() {
        List<MonthlyTableRow> rows = MonthlyFigures.flowRows(Flow.PRODUCTION, ROWS, MARCH, true, PremiumRegisterRow::groupName);

        assertEquals(List.of("A", "B", "Total"), rows.stream().map(MonthlyTableRow::label).toList());
        assertEquals(Arrays.asList(3_000_000L, 1L, 1_000_000L, 5_000_000L, 3L, 1_000_000L, 4_000_000L), rows.get(0).figures());
        assertEquals(Arrays.asList(0L, 0L, 0L, 500_000L, 1L, 0L, 500_000L), rows.get(1).figures());
        assertEquals(Arrays.asList(3_000_000L, 1L, 1_000_000L, 5_500_000L, 4L, 1_000_000L, 4_500_000L), rows.get(2).figures());
        assertTrue(rows.get(2).summary());
    }

    @Test
    void collectionsAreNetOfRefundsWithTheCommissionTaken() {
        List<MonthlyTableRow> rows = MonthlyFigures.flowRows(Flow.COLLECTIONS, ROWS, MARCH, false, PremiumRegisterRow::groupName);

        assertEquals(2, rows.size(), "B collected nothing: left out; the total stays");
        assertEquals(Arrays.asList(1_400_000L, 182_000L, null, 1_400_000L, 182_000L, null, null), rows.get(0).figures(),
                "1 500 000 − 100 000 refunded; 196 000 − 14 000 given back; no year before");
    }

    @Test
    void theFlowChartShowsEachMonthOfBothYears() {
        MonthlyChart chart = MonthlyFigures.flowChart(Flow.PRODUCTION, MonthlyTable.PRODUCTION, ROWS, MARCH, true);

        assertEquals(List.of("janv.", "févr.", "mars"), chart.categories());
        assertEquals(List.of(2_000_000L, 500_000L, 3_000_000L), chart.series().get(0).values());
        assertEquals(List.of(0L, 0L, 1_000_000L), chart.series().get(1).values());
        assertEquals("2064", chart.series().get(1).name());
    }

    @Test
    void arrearsGiveEveryBucketAtEachMonthEndThenTheYearBefore() {
        ArrearsAgeing january = arrears(LocalDate.of(2065, 1, 31), 100, 200, 0, 0, 0, 0);
        ArrearsAgeing february = arrears(LocalDate.of(2065, 2, 28), 0, 300, 200, 0, 0, 0);
        ArrearsAgeing lastYear = arrears(LocalDate.of(2064, 2, 29), 0, 0, 0, 0, 50, 25);

        List<MonthlyTableRow> rows = MonthlyFigures.arrearsRows(List.of(january, february), lastYear);

        assertEquals(List.of("Fin janvier 2065", "Fin février 2065", "Fin février 2064 (N-1)"),
                rows.stream().map(MonthlyTableRow::label).toList());
        assertEquals(List.of(100L, 200L, 0L, 0L, 0L, 0L, 300L), rows.get(0).figures());
        assertEquals(List.of(0L, 300L, 200L, 0L, 0L, 0L, 500L), rows.get(1).figures());
        assertEquals(List.of(0L, 0L, 0L, 0L, 50L, 25L, 75L), rows.get(2).figures());
        MonthlyChart chart = MonthlyFigures.arrearsChart(List.of(january, february), YearMonth.of(2065, 2));
        assertTrue(chart.stacked());
        assertEquals(AgeingBucket.values().length, chart.series().size());
        assertEquals(List.of(200L, 300L), chart.series().get(1).values(), "0 à 30 jours");
    }

    @Test
    void theChartIsOneDrawingAsSvgAndAsPng() {
        MonthlyChart chart = MonthlyFigures.flowChart(Flow.PRODUCTION, MonthlyTable.PRODUCTION, ROWS, MARCH, true);

        String svg = chart.svg();
        assertEquals(3 * 2 + 2, svg.split("<rect ").length - 1, "a bar per month and year, a legend square per year");
        assertTrue(svg.contains(">mars<") && svg.contains("<title>2064 mars : 1"), svg);
        List<int[]> bars = new BarChart(chart).bars();
        int[] highest = bars.stream().filter(bar -> bar[0] == 0 && bar[1] == 2).findFirst().orElseThrow();
        int[] half = bars.stream().filter(bar -> bar[0] == 0 && bar[1] == 1).findFirst().orElseThrow();
        assertEquals(highest[5], 6 * half[5], 6, "3 000 000 is six times 500 000, to the pixel");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(chart.png(), 4));
    }

    @Test
    void axisBoundsAreRound() {
        assertEquals(4_000_000, BarChart.roundedUp(3_000_000));
        assertEquals(10, BarChart.roundedUp(9));
        assertEquals(1, BarChart.roundedUp(1));
    }

    private static RegisterAmounts issued(long count, long amount) {
        return new RegisterAmounts(count, amount, 0, 0, 0, 0, 0, 0, amount);
    }

    private static PremiumRegisterRow row(String group, String month, RegisterAmounts amounts) {
        return new PremiumRegisterRow(null, null, group, group, "SANTE", month, amounts);
    }

    private static ArrearsAgeing arrears(LocalDate asOf, long... unpaid) {
        List<ArrearsBucketTotal> buckets = new ArrayList<>();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            buckets.add(new ArrearsBucketTotal(bucket, bucket.label(), unpaid[bucket.ordinal()] > 0 ? 1 : 0, unpaid[bucket.ordinal()]));
        }
        return new ArrearsAgeing(asOf, null, buckets);
    }
}
