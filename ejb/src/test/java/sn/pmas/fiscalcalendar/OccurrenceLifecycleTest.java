package sn.pmas.fiscalcalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-way status of an occurrence, and which reminder a deadline calls for. */
class OccurrenceLifecycleTest {

    private static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");
    private static final ObligationPeriod FEBRUARY = new ObligationPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));

    private static ObligationOccurrence occurrence(boolean payable) {
        DeadlineRule rule = new DeadlineRule(Frequency.MONTHLY, 1, 15, payable ? 1 : null, payable ? 15 : null, null,
                ShiftRule.NEXT_WORKING_DAY);
        return new ObligationOccurrence(1, 1, FEBRUARY, rule.deadlinesOf(FEBRUARY, null, new WorkingDays(java.util.Set.of())));
    }

    @Test
    void declaredThenPaidWithWhoAndWhen() {
        ObligationOccurrence occurrence = occurrence(true);
        occurrence.followLedger(450_000);
        assertFalse(occurrence.pay(LocalDate.of(2025, 3, 10), "CHQ-1", "accountant", AT), "not before the return");
        assertTrue(occurrence.declare(LocalDate.of(2025, 3, 10), null, "accountant", AT));
        occurrence.followLedger(999_999);
        assertEquals(450_000, occurrence.amount(), "the declared amount no longer follows the ledger");
        assertFalse(occurrence.declare(LocalDate.of(2025, 3, 11), null, "director", AT), "declared once");
        assertTrue(occurrence.pay(LocalDate.of(2025, 3, 12), "CHQ-0001234", "accountant", AT));
        assertEquals(OccurrenceStatus.PAID, occurrence.status());
        assertEquals("CHQ-0001234", occurrence.chequeReference());
        assertEquals(LocalDate.of(2025, 3, 10), occurrence.declaredOn());
        assertFalse(occurrence.pay(LocalDate.of(2025, 3, 13), "CHQ-2", "accountant", AT), "paid once");
        assertNull(occurrence.pendingDeadline());
    }

    @Test
    void anEnteredAmountReplacesTheLedgersAndAReturnAloneIsNeverPaid() {
        ObligationOccurrence occurrence = occurrence(false);
        assertEquals(Deadline.DECLARATION, occurrence.pendingDeadline());
        assertTrue(occurrence.declare(LocalDate.of(2025, 3, 10), 12_000_000L, "accountant", AT));
        assertTrue(occurrence.amountEntered());
        assertNull(occurrence.pendingDeadline(), "nothing left to do");
        assertFalse(occurrence.pay(LocalDate.of(2025, 3, 10), null, "accountant", AT));
        assertEquals(OccurrenceStatus.DECLARED, occurrence.status());
    }

    @Test
    void aChequeOfTheRegisterPaysOnReleaseAndItsVoidMakesTheOccurrencePayableAgain() {
        ObligationOccurrence occurrence = occurrence(true);
        occurrence.followLedger(450_000);
        assertThrows(IllegalStateException.class, () -> occurrence.linkCheque(7, "BQ-POOL-0007004"), "not before the return");
        occurrence.declare(LocalDate.of(2025, 3, 10), null, "accountant", AT);
        occurrence.linkCheque(7, "BQ-POOL-0007004");
        assertThrows(IllegalStateException.class, () -> occurrence.linkCheque(8, "BQ-POOL-0007005"), "one live cheque");
        assertEquals(OccurrenceStatus.DECLARED, occurrence.status(), "held: not paid yet");
        occurrence.paidByCheque(LocalDate.of(2025, 3, 17), "accountant", AT);
        assertEquals(OccurrenceStatus.PAID, occurrence.status());
        assertEquals(LocalDate.of(2025, 3, 17), occurrence.paidOn(), "paid on the release date");
        assertEquals("BQ-POOL-0007004", occurrence.chequeReference());
        occurrence.chequeUndone();
        assertEquals(OccurrenceStatus.DECLARED, occurrence.status());
        assertNull(occurrence.paidOn());
        assertNull(occurrence.chequeId());
        assertEquals(Deadline.PAYMENT, occurrence.pendingDeadline(), "payable again");
        occurrence.linkCheque(8, "BQ-POOL-0007005");
        assertEquals(8L, occurrence.chequeId());
    }

    @Test
    void theMostUrgentReminderOfTheDay() {
        LocalDate due = LocalDate.of(2025, 3, 17);
        assertEquals(Optional.empty(), ReminderKind.on(LocalDate.of(2025, 3, 9), due));
        assertEquals(Optional.of(ReminderKind.DUE_IN_7_DAYS), ReminderKind.on(LocalDate.of(2025, 3, 10), due));
        assertEquals(Optional.of(ReminderKind.DUE_IN_7_DAYS), ReminderKind.on(LocalDate.of(2025, 3, 14), due));
        assertEquals(Optional.of(ReminderKind.DUE_IN_2_DAYS), ReminderKind.on(LocalDate.of(2025, 3, 15), due));
        assertEquals(Optional.of(ReminderKind.DUE_IN_2_DAYS), ReminderKind.on(due, due), "due today is not late yet");
        assertEquals(Optional.of(ReminderKind.OVERDUE), ReminderKind.on(LocalDate.of(2025, 3, 18), due));
    }
}
