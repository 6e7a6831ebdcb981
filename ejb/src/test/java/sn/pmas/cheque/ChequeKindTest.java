package sn.pmas.cheque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of cheque may settle, and the release ranks of DOMAIN §4. */
class ChequeKindTest {

    @Test
    void eachKindSettlesItsOwnPayables() {
        assertTrue(ChequeKind.TAX.settles("447"));
        assertTrue(ChequeKind.TAX.settles("4441"));
        assertTrue(ChequeKind.SOCIAL.settles("431"));
        assertTrue(ChequeKind.SOCIAL.settles("432"));
        assertTrue(ChequeKind.COMMISSION.settles("4191.GO-ARTISANS"));
        assertTrue(ChequeKind.COMMISSION.settles("4012.COURTIER"));
        assertTrue(ChequeKind.SUPPLIER.settles("4018"));
        assertTrue(ChequeKind.SUPPLIER.settles("422"));
        assertFalse(ChequeKind.SUPPLIER.settles("4011.HR-THIES"), "a provider's claims are paid from its claims");
        assertFalse(ChequeKind.SUPPLIER.settles("4012.COURTIER"), "a broker's commission is a commission");
        assertFalse(ChequeKind.TAX.settles("431"));
        assertFalse(ChequeKind.COMMISSION.settles("4581.ASKIA"), "never a principal's current account");
    }

    @Test
    void taxesAndSocialFirstThenProvidersThenMembersThenTheRest() {
        assertEquals(List.of(1, 1, 2, 3, 4, 4), Arrays.stream(ChequeKind.values()).map(ChequeKind::releaseRank).toList());
        assertEquals(List.of(ChequeKind.PROVIDER, ChequeKind.MEMBER),
                Arrays.stream(ChequeKind.values()).filter(ChequeKind::paysClaims).toList());
    }
}
