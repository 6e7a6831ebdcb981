package sn.pmas.workingfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.LedgerException;
import sn.pmas.party.PartyType;

class AgreementsTest {

    private static AgreementTerms terms(Long floorAmount, Integer floorDays, String rate, FeeBase base) {
        return new AgreementTerms(LocalDate.of(2026, 1, 1), 10_000_000L, floorAmount, floorDays, 500_000L,
                rate == null ? null : new BigDecimal(rate), base, null);
    }

    private static String refusedField(PartyType type, AgreementTerms terms) {
        return assertThrows(LedgerException.class, () -> Agreements.check(type, terms)).field();
    }

    @Test
    void aValidAgreementPasses() throws LedgerException {
        Agreements.check(PartyType.INSURER, terms(2_000_000L, null, "0.14", FeeBase.COLLECTED_PREMIUMS));
        Agreements.check(PartyType.DELEGATING_SCHEME, terms(null, 15, "0.07", FeeBase.FUNDS_RECEIVED));
    }

    @Test
    void eachBrokenTermIsNamed() {
        assertEquals("floorAmount", refusedField(PartyType.INSURER, terms(null, null, "0.14", FeeBase.COLLECTED_PREMIUMS)));
        assertEquals("floorAmount", refusedField(PartyType.INSURER, terms(20_000_000L, null, "0.14", FeeBase.COLLECTED_PREMIUMS)));
        assertEquals("feeRate", refusedField(PartyType.INSURER, terms(1L, null, "14", FeeBase.COLLECTED_PREMIUMS)));
        assertEquals("feeRate", refusedField(PartyType.INSURER, terms(1L, null, "0.123456", FeeBase.COLLECTED_PREMIUMS)));
        assertEquals("feeBase", refusedField(PartyType.DELEGATING_SCHEME, terms(1L, null, "0.14", FeeBase.COLLECTED_PREMIUMS)));
    }
}
