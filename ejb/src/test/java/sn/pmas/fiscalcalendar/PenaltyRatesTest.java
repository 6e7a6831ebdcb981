package sn.pmas.fiscalcalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PenaltyRatesTest {

    private static final PenaltyRates SENEGAL = new PenaltyRates(200_000, 500, 50);
    private static final LocalDate DUE = LocalDate.of(2025, 3, 17);

    @Test
    void aPaymentOnTheDueDateCostsNothing() {
        assertEquals(0, SENEGAL.paymentExposure(1_000_000, DUE, DUE, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void eachMonthStartedAddsItsRateToTheSurcharge() {
        assertEquals(55_000, SENEGAL.paymentExposure(1_000_000, DUE, LocalDate.of(2025, 3, 18), null), "5 % + one month started");
        assertEquals(55_000, SENEGAL.paymentExposure(1_000_000, DUE, LocalDate.of(2025, 4, 17), null), "a whole month");
        assertEquals(60_000, SENEGAL.paymentExposure(1_000_000, DUE, LocalDate.of(2025, 4, 20), null), "5 % + two months started");
        assertEquals(60_000, SENEGAL.paymentExposure(1_000_000, DUE, null, LocalDate.of(2025, 4, 20)), "still unpaid on that day");
    }

    @Test
    void aLateReturnCostsTheFineOnce() {
        assertEquals(0, SENEGAL.filingExposure(DUE, DUE, LocalDate.of(2026, 1, 1)));
        assertEquals(200_000, SENEGAL.filingExposure(DUE, LocalDate.of(2025, 3, 18), LocalDate.of(2026, 1, 1)));
        assertEquals(200_000, SENEGAL.filingExposure(DUE, null, LocalDate.of(2025, 9, 1)), "not filed yet");
        assertEquals(0, SENEGAL.filingExposure(DUE, null, DUE), "not late yet");
    }

    @Test
    void francsAreRoundedHalfEven() {
        PenaltyRates half = new PenaltyRates(0, 50, 0);
        assertEquals(0, half.paymentExposure(100, DUE, DUE.plusDays(1), null), "0.5 F rounds to 0");
        assertEquals(2, half.paymentExposure(300, DUE, DUE.plusDays(1), null), "1.5 F rounds to 2");
    }
}
