package sn.pmas.workingfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import sn.pmas.workingfund.FundCallAllocation.OpenCall;
import sn.pmas.workingfund.FundCallAllocation.Result;
import sn.pmas.workingfund.FundCallAllocation.Share;

class FundCallAllocationTest {

    @Test
    void aPartialReceiptGoesWhollyToTheOldestCall() {
        Result result = FundCallAllocation.allocate(400_000, List.of(new OpenCall(7, 1_000_000), new OpenCall(9, 500_000)));
        assertEquals(List.of(new Share(7, 400_000)), result.shares());
        assertEquals(0, result.surplus());
    }

    @Test
    void anExactReceiptSettlesTheCallAndLeavesNothing() {
        Result result = FundCallAllocation.allocate(1_000_000, List.of(new OpenCall(7, 1_000_000)));
        assertEquals(List.of(new Share(7, 1_000_000)), result.shares());
        assertEquals(0, result.surplus());
    }

    @Test
    void anOverPaymentSettlesEveryCallAndTheRestIsSurplus() {
        Result result = FundCallAllocation.allocate(2_000_000, List.of(new OpenCall(7, 600_000), new OpenCall(9, 900_000)));
        assertEquals(List.of(new Share(7, 600_000), new Share(9, 900_000)), result.shares());
        assertEquals(500_000, result.surplus());
    }

    @Test
    void aReceiptSpreadsOverSeveralCallsOldestFirst() {
        Result result = FundCallAllocation.allocate(1_000_000,
                List.of(new OpenCall(3, 250_000), new OpenCall(7, 600_000), new OpenCall(9, 900_000)));
        assertEquals(List.of(new Share(3, 250_000), new Share(7, 600_000), new Share(9, 150_000)), result.shares());
        assertEquals(0, result.surplus());
    }

    @Test
    void withoutOpenCallsEverythingIsSurplus() {
        Result result = FundCallAllocation.allocate(75_000, List.of());
        assertEquals(List.of(), result.shares());
        assertEquals(75_000, result.surplus());
    }

    @Test
    void refusesWhatIsNotAReceiptOrNotAnOpenCall() {
        assertThrows(IllegalArgumentException.class, () -> FundCallAllocation.allocate(0, List.of(new OpenCall(7, 10))));
        assertThrows(IllegalArgumentException.class, () -> FundCallAllocation.allocate(10, List.of(new OpenCall(7, 0))));
    }
}
