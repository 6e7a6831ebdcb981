package sn.pmas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budget against actual of March, hand-computed: variances in francs and percent, totals, the result. */
class BudgetAgainstActualTest {

    private static final BudgetAccount RENT = new BudgetAccount(1, "6222", "Loyers", 6);
    private static final BudgetAccount PHONE = new BudgetAccount(2, "6281", "Téléphone", 6);
    private static final BudgetAccount FEES = new BudgetAccount(3, "7052", "Commissions de gestion", 7);
    private static final BudgetAccount UNUSED = new BudgetAccount(4, "6011", "Achats", 6);

    @Test
    void variancesPerAccountAndTotals() {
        Map<Long, long[]> budget = Map.of(
                1L, months(100_000, 100_000, 100_000),
                2L, months(0, 0, 0),
                3L, months(300_000, 300_000, 300_000));
        Map<Long, long[]> actual = Map.of(
                1L, months(100_000, 100_000, 120_000),
                2L, months(5_000, 0, 2_500),
                3L, months(250_000, 310_000, 330_000, 999_999));
        BudgetComparison march = BudgetAgainstActual.compare(2090, 3, "DRAFT", List.of(RENT, PHONE, FEES, UNUSED), budget, actual);

        assertEquals("2090-03", march.month());
        assertEquals(List.of("6222", "6281", "7052"), march.rows().stream().map(ComparisonRow::accountCode).toList());
        ComparisonRow rent = march.rows().get(0);
        assertEquals(Variance.of(100_000, 120_000), rent.month());
        assertEquals(20_000, rent.month().amount());
        assertEquals(new BigDecimal("20.0"), rent.month().percent());
        assertEquals(new Variance(300_000, 320_000, 20_000, new BigDecimal("6.7")), rent.yearToDate());
        assertFalse(rent.favourable());
        ComparisonRow phone = march.rows().get(1);
        assertNull(phone.yearToDate().percent(), "nothing budgeted: no percent");
        assertEquals(7_500, phone.yearToDate().amount());
        ComparisonRow fees = march.rows().get(2);
        // 890 000 against 900 000: −10 000, −1.1 %; April's actual is beyond March
        assertEquals(new Variance(900_000, 890_000, -10_000, new BigDecimal("-1.1")), fees.yearToDate());
        assertFalse(fees.favourable());

        assertEquals(new Variance(300_000, 327_500, 27_500, new BigDecimal("9.2")), march.charges().yearToDate());
        assertEquals(new Variance(900_000, 890_000, -10_000, new BigDecimal("-1.1")), march.products().yearToDate());
        assertEquals(new Variance(600_000, 562_500, -37_500, new BigDecimal("-6.2")), march.result().yearToDate());
        assertEquals(new Variance(200_000, 207_500, 7_500, new BigDecimal("3.8")), march.result().month());
        assertFalse(march.result().favourable());
        assertEquals(List.of(105_000L, 100_000L, 122_500L), march.chart().series().get(1).values());
    }

    @Test
    void aYearWithoutBudgetComparesWithZero() {
        BudgetComparison january = BudgetAgainstActual.compare(2090, 1, null, List.of(RENT, UNUSED), Map.of(), Map.of(1L, months(80_000)));
        assertEquals(1, january.rows().size());
        assertEquals(new Variance(0, 80_000, 80_000, null), january.charges().month());
    }

    private static long[] months(long... first) {
        long[] months = new long[12];
        System.arraycopy(first, 0, months, 0, first.length);
        return months;
    }
}
