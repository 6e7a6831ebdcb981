package sn.pmas.workingfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FundCallNumberTest {

    @Test
    void theFirstCallOfAYearIsNumberOne() {
        assertEquals("AF-2041-0001", FundCallNumber.next(2041, null));
    }

    @Test
    void numbersFollowTheLatestOfTheYear() {
        assertEquals("AF-2041-0002", FundCallNumber.next(2041, "AF-2041-0001"));
        assertEquals("AF-2041-0100", FundCallNumber.next(2041, "AF-2041-0099"));
    }

    @Test
    void theYearsNumbersShareAPrefixAndSortAsStrings() {
        assertEquals("AF-2041-", FundCallNumber.prefix(2041));
        assertEquals(1, FundCallNumber.next(2041, "AF-2041-0099").compareTo("AF-2041-0099"));
    }

    @Test
    void aNumberOfAnotherYearOrShapeIsABug() {
        assertThrows(IllegalArgumentException.class, () -> FundCallNumber.next(2042, "AF-2041-0003"));
        assertThrows(IllegalArgumentException.class, () -> FundCallNumber.next(2041, "AF-2041-3"));
    }

    @Test
    void aYearHoldsAtMostNineThousandNineHundredNinetyNineCalls() {
        assertEquals("AF-2041-9999", FundCallNumber.next(2041, "AF-2041-9998"));
        assertThrows(IllegalStateException.class, () -> FundCallNumber.next(2041, "AF-2041-9999"));
    }
}
