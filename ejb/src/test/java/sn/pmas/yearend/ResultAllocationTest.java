package sn.pmas.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.PostingLine;

class ResultAllocationTest {

    @Test
    void ninetyPercentOfAnExcessToReservesTheDecidedAmountAndTheRestCarried() throws YearEndException {
        ResultAllocation allocation = ResultAllocation.of(1_000_000, 90, 60_000, "4191");
        assertEquals(900_000, allocation.reserves());
        assertEquals(60_000, allocation.decided());
        assertEquals(40_000, allocation.carried());
        List<PostingLine> lines = allocation.lines(2025);
        assertEquals(List.of("131", "112", "4191", "121"), lines.stream().map(PostingLine::accountCode).toList());
        assertEquals(new BigDecimal(1_000_000), lines.get(0).debit());
    }

    @Test
    void reservesAreRoundedHalfEvenToTheFranc() throws YearEndException {
        assertEquals(9, ResultAllocation.of(10, 90, 0, null).reserves());
        assertEquals(14, ResultAllocation.of(15, 90, 0, null).reserves(), "13.5 rounds to 14");
        assertEquals(22, ResultAllocation.of(25, 90, 0, null).reserves(), "22.5 rounds to 22");
    }

    @Test
    void aDeficitIsCarriedForwardWhole() throws YearEndException {
        ResultAllocation allocation = ResultAllocation.of(-250_000, 90, 0, null);
        assertEquals(250_000, allocation.carried());
        assertEquals(List.of("129", "139"), allocation.lines(2025).stream().map(PostingLine::accountCode).toList());
    }

    @Test
    void refusals() {
        assertEquals("decidedAmount", assertThrows(YearEndException.class, () -> ResultAllocation.of(1_000, 90, 101, "118")).field());
        assertEquals("decidedAccount", assertThrows(YearEndException.class, () -> ResultAllocation.of(1_000, 90, 100, " ")).field());
        assertEquals("decidedAmount", assertThrows(YearEndException.class, () -> ResultAllocation.of(-1_000, 90, 1, "118")).field());
        assertEquals("decidedAmount", assertThrows(YearEndException.class, () -> ResultAllocation.of(1_000, 90, -1, "118")).field());
        assertEquals("year", assertThrows(YearEndException.class, () -> ResultAllocation.of(0, 90, 0, null)).field());
    }
}
