package sn.pmas.incoming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The incoming cheque's one-way lifecycle, and the register's references. */
class IncomingChequeStatusTest {

    @Test
    void aChequeGoesOneWayAndEndsClearedOrUnpaid() {
        assertEquals(Set.of(IncomingChequeStatus.DEPOSITED, IncomingChequeStatus.RETURNED), IncomingChequeStatus.RECEIVED.next());
        assertEquals(Set.of(IncomingChequeStatus.CLEARED, IncomingChequeStatus.RETURNED), IncomingChequeStatus.DEPOSITED.next());
        assertTrue(IncomingChequeStatus.CLEARED.next().isEmpty());
        assertTrue(IncomingChequeStatus.RETURNED.next().isEmpty());
        assertFalse(IncomingChequeStatus.RECEIVED.mayBecome(IncomingChequeStatus.CLEARED), "credited only once deposited");
        assertFalse(IncomingChequeStatus.DEPOSITED.mayBecome(IncomingChequeStatus.RECEIVED), "never backwards");
        assertFalse(IncomingChequeStatus.CLEARED.mayBecome(IncomingChequeStatus.RETURNED), "a credited cheque's return is a bank line");
    }

    @Test
    void referencesNameTheRowAndNothingElse() {
        assertEquals("CR-000012", IncomingCheque.referenceOf(12));
        assertEquals(12L, IncomingCheque.idOf("CR-000012"));
        assertEquals("REM-000003", DepositSlip.referenceOf(3));
        assertEquals(3L, DepositSlip.idOf("REM-000003"));
        assertNull(IncomingCheque.idOf("REM-000003"));
        assertNull(IncomingCheque.idOf("CR-douze"));
        assertNull(DepositSlip.idOf(null));
    }
}
