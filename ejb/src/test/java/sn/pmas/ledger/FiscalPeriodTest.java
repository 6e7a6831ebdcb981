package sn.pmas.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FiscalPeriodTest {

    @Test
    void aPeriodIsAMonthNamedYyyymm() {
        FiscalPeriod february = new FiscalPeriod(YearMonth.of(2024, 2));
        assertEquals(202402, february.id());
        assertEquals(LocalDate.of(2024, 2, 29), february.endDate());
        assertEquals(FiscalPeriod.State.OPEN, february.state());
        assertFalse(PeriodRef.of(february.id(), true, 2024).beforeClosedYear(), "its own year closed: the period's closed state refuses");
        assertTrue(PeriodRef.of(february.id(), true, 2025).beforeClosedYear(), "a later year closed carries its balances");
        assertFalse(PeriodRef.of(february.id(), true, 0).beforeClosedYear(), "no year closed after it");
    }

    @Test
    void closeAndReopenGoOneWayAtATime() throws LedgerException {
        FiscalPeriod march = new FiscalPeriod(YearMonth.of(2025, 3));
        march.close();
        assertEquals(FiscalPeriod.State.CLOSED, march.state());
        assertEquals(Rejection.PERIOD_ALREADY_CLOSED, assertThrows(LedgerException.class, march::close).rejection());
        march.reopen();
        assertEquals(FiscalPeriod.State.OPEN, march.state());
        assertEquals(Rejection.PERIOD_ALREADY_OPEN, assertThrows(LedgerException.class, march::reopen).rejection());
    }
}
