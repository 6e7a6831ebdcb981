package sn.pmas.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuittanceBalanceTest {

    private static final BigDecimal RATE = new BigDecimal("0.14");

    @Test
    void partialCollectionsTakeTheirPremiumPartInProportionAndTheLastTakesTheRest() {
        QuittanceBalance quittance = new QuittanceBalance(1_000_003, 1_000_000); // 3 F of costs
        PremiumShare first = quittance.collect(333_334, RATE);
        PremiumShare second = quittance.collect(333_334, RATE);
        PremiumShare last = quittance.collect(333_335, RATE);
        assertEquals(333_333, first.netPremium(), "333 334 × 1 000 000 / 1 000 003 = 333 333.0 rounded half-even");
        assertEquals(1_000_000, first.netPremium() + second.netPremium() + last.netPremium(), "the parts sum to the premium");
        assertEquals(0, quittance.outstanding());
        assertEquals(46_667, first.commission(), "14 % of 333 333 = 46 666.62");
    }

    @Test
    void halfFrancsRoundToEven() {
        QuittanceBalance quittance = new QuittanceBalance(4, 2);
        assertEquals(0, quittance.collect(1, BigDecimal.ZERO).netPremium(), "1 × 2 / 4 = 0.5 rounds to 0");
        assertEquals(2, quittance.collect(3, BigDecimal.ZERO).netPremium(), "the clearing collection takes the rest");
    }

    @Test
    void aCancellationReducesWhatIsLeftToCollect() {
        QuittanceBalance quittance = new QuittanceBalance(1_035_000, 1_000_000);
        quittance.cancel(35_000);
        PremiumShare rest = quittance.collect(1_000_000, RATE);
        assertEquals(1_000_000 - 33_816, rest.netPremium(), "35 000 × 1 000 000 / 1 035 000 = 33 816.4 was cancelled");
        assertThrows(IllegalArgumentException.class, () -> quittance.collect(1, RATE));
    }

    @Test
    void refundsGiveBackTheCommissionInProportionNeverMoreThanTaken() {
        QuittanceBalance quittance = new QuittanceBalance(1_000_000, 1_000_000);
        PremiumShare collected = quittance.collect(1_000_000, RATE);
        assertEquals(140_000, collected.commission());
        PremiumShare part = quittance.refund(300_001);
        PremiumShare rest = quittance.refund(699_999);
        assertEquals(42_000, part.commission(), "300 001 × 140 000 / 1 000 000 = 42 000.14");
        assertEquals(140_000, part.commission() + rest.commission());
        assertEquals(0, quittance.refundable());
        assertThrows(IllegalArgumentException.class, () -> quittance.refund(1));
    }
}
