package sn.pmas.workingfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundCallTest {

    private static FundCall call(long amount) {
        return new FundCall("AF-2041-0001", 12, LocalDate.of(2041, 3, 15), LocalDate.of(2041, 1, 1), amount,
                1_500_000, 5_000_000, "accountant", Instant.EPOCH);
    }

    @Test
    void issuedThenPartlyReceivedThenSettled() {
        FundCall call = call(3_500_000);
        assertEquals(FundCall.Status.ISSUED, call.status());
        call.receive(1_000_000);
        assertEquals(FundCall.Status.PARTLY_RECEIVED, call.status());
        assertEquals(2_500_000, call.outstanding());
        call.receive(2_500_000);
        assertEquals(FundCall.Status.SETTLED, call.status());
        assertEquals(3_500_000, call.received());
        assertEquals(0, call.outstanding());
    }

    @Test
    void oneReceiptMaySettleAnIssuedCall() {
        FundCall call = call(800_000);
        call.receive(800_000);
        assertEquals(FundCall.Status.SETTLED, call.status());
    }

    @Test
    void neverReceivesMoreThanItAwaits() {
        FundCall call = call(800_000);
        call.receive(500_000);
        assertThrows(IllegalArgumentException.class, () -> call.receive(300_001));
        assertThrows(IllegalArgumentException.class, () -> call.receive(0));
        assertEquals(500_000, call.received());
    }

    @Test
    void refusesANonPositiveAmountAndAStatementStartingAfterIssue() {
        assertThrows(IllegalArgumentException.class, () -> call(0));
        assertThrows(IllegalArgumentException.class, () -> new FundCall("AF-2041-0002", 12, LocalDate.of(2041, 3, 15),
                LocalDate.of(2041, 3, 16), 10, 0, 0, "accountant", Instant.EPOCH));
    }
}
