package sn.pmas.cheque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** Every step of a cheque's lifecycle, and every step it refuses. */
class ChequeLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2041, 3, 2);

    private static Cheque prepared() {
        return new Cheque(7, "BQ-TEST", 1234, new ChequeDraft(ChequeKind.TAX, "DGID", 250_000, 11, null, "IR février",
                LocalDate.of(2041, 3, 15), List.of()), DAY, "accountant");
    }

    @Test
    void aChequeIsHeldReleasedDeliveredThenCashed() throws LedgerException {
        Cheque cheque = prepared();
        assertEquals("BQ-TEST-0001234", cheque.reference());
        assertEquals(ChequeStatus.PREPARED, cheque.status());
        cheque.hold(DAY);
        assertEquals(ChequeStatus.HELD, cheque.status());
        cheque.release(DAY.plusDays(1), 501);
        assertEquals(ChequeStatus.RELEASED, cheque.status());
        assertEquals(501L, cheque.releaseEntryId());
        cheque.deliver(DAY.plusDays(2));
        cheque.cash(DAY.plusDays(5), 502);
        assertEquals(ChequeStatus.CASHED, cheque.status());
        assertEquals(DAY.plusDays(5), cheque.cashedOn());
    }

    @Test
    void aReleasedChequeMayBeCashedWithoutDeliveryRecorded() throws LedgerException {
        Cheque cheque = prepared();
        cheque.hold(DAY);
        cheque.release(DAY, 1);
        cheque.cash(DAY, 2);
        assertEquals(ChequeStatus.CASHED, cheque.status());
    }

    @Test
    void aChequeIsVoidedWithItsReasonBeforeOrAfterRelease() throws LedgerException {
        Cheque prepared = prepared();
        prepared.voidFor("Erreur de montant", DAY, null);
        assertEquals(ChequeStatus.VOIDED, prepared.status());
        assertEquals("Erreur de montant", prepared.voidReason());
        assertNull(prepared.releaseEntryId());

        Cheque held = prepared();
        held.hold(DAY);
        held.voidFor("Bénéficiaire décédé", DAY, null);
        assertEquals(ChequeStatus.VOIDED, held.status());

        Cheque delivered = prepared();
        delivered.hold(DAY);
        delivered.release(DAY, 1);
        delivered.deliver(DAY);
        delivered.voidFor("Chèque perdu, opposition", DAY.plusDays(3), 9L);
        assertEquals(ChequeStatus.VOIDED, delivered.status());
        assertEquals(DAY.plusDays(3), delivered.endedOn());
    }

    @Test
    void aReleasedChequeNotCashedGoesStale() throws LedgerException {
        Cheque cheque = prepared();
        cheque.hold(DAY);
        cheque.release(DAY, 1);
        cheque.stale(DAY.plusDays(200), 3);
        assertEquals(ChequeStatus.STALE, cheque.status());
    }

    @Test
    void theLifecycleIsOneWay() {
        assertEquals(EnumSet.of(ChequeStatus.HELD, ChequeStatus.VOIDED), ChequeStatus.PREPARED.next());
        assertEquals(EnumSet.of(ChequeStatus.RELEASED, ChequeStatus.VOIDED), ChequeStatus.HELD.next());
        assertEquals(EnumSet.of(ChequeStatus.DELIVERED, ChequeStatus.CASHED, ChequeStatus.VOIDED, ChequeStatus.STALE),
                ChequeStatus.RELEASED.next());
        assertEquals(EnumSet.of(ChequeStatus.CASHED, ChequeStatus.VOIDED, ChequeStatus.STALE), ChequeStatus.DELIVERED.next());
        for (ChequeStatus end : Set.of(ChequeStatus.CASHED, ChequeStatus.VOIDED, ChequeStatus.STALE)) {
            assertTrue(end.next().isEmpty(), end + " is final");
        }
    }

    @Test
    void everyIllegalStepIsRefusedAndChangesNothing() throws LedgerException {
        for (ChequeStatus from : ChequeStatus.values()) {
            for (ChequeStatus to : ChequeStatus.values()) {
                if (from.canMoveTo(to)) {
                    continue;
                }
                Cheque cheque = in(from);
                LedgerException refused = assertThrows(LedgerException.class, () -> step(cheque, to), from + " -> " + to);
                assertEquals(Rejection.CHEQUE_ILLEGAL_TRANSITION, refused.rejection());
                assertEquals(from, cheque.status(), "unchanged after " + from + " -> " + to);
            }
        }
    }

    @Test
    void aStepIsNeverDatedBeforeTheOneBefore() throws LedgerException {
        Cheque cheque = prepared();
        cheque.hold(DAY.plusDays(2));
        LedgerException early = assertThrows(LedgerException.class, () -> cheque.release(DAY.plusDays(1), 1));
        assertEquals(Rejection.FIELD_INVALID, early.rejection());
        assertEquals(ChequeStatus.HELD, cheque.status());
    }

    @Test
    void aVoidNeedsAReason() {
        Cheque cheque = prepared();
        assertEquals(Rejection.FIELD_REQUIRED, assertThrows(LedgerException.class, () -> cheque.voidFor(" ", DAY, null)).rejection());
        assertEquals(ChequeStatus.PREPARED, cheque.status());
    }

    /** A cheque brought to {@code status} by legal steps. */
    private static Cheque in(ChequeStatus status) throws LedgerException {
        Cheque cheque = prepared();
        switch (status) {
            case PREPARED -> { }
            case HELD -> cheque.hold(DAY);
            case RELEASED -> { cheque.hold(DAY); cheque.release(DAY, 1); }
            case DELIVERED -> { cheque.hold(DAY); cheque.release(DAY, 1); cheque.deliver(DAY); }
            case CASHED -> { cheque.hold(DAY); cheque.release(DAY, 1); cheque.cash(DAY, 2); }
            case VOIDED -> cheque.voidFor("Erreur", DAY, null);
            case STALE -> { cheque.hold(DAY); cheque.release(DAY, 1); cheque.stale(DAY, 2); }
        }
        return cheque;
    }

    private static void step(Cheque cheque, ChequeStatus to) throws LedgerException {
        switch (to) {
            case PREPARED -> cheque.check(ChequeStatus.PREPARED, DAY);
            case HELD -> cheque.hold(DAY);
            case RELEASED -> cheque.release(DAY, 1);
            case DELIVERED -> cheque.deliver(DAY);
            case CASHED -> cheque.cash(DAY, 2);
            case VOIDED -> cheque.voidFor("Erreur", DAY, null);
            case STALE -> cheque.stale(DAY, 2);
        }
    }
}
