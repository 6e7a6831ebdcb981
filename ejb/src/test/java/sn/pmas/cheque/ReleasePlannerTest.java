package sn.pmas.cheque;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner on hand-computed cases. Position: book 10 000 000, released not cashed 1 500 000,
 * margin 500 000, so 8 000 000 available.
 */
class ReleasePlannerTest {

    private static final LocalDate DAY = LocalDate.of(2041, 3, 10);
    private static final BankPosition POSITION = BankPosition.of("BQ-TEST", DAY, 10_000_000, 1_500_000, 500_000, 0);

    private static HeldCheque cheque(String reference, ChequeKind kind, long amount, String principal, LocalDate deadline, LocalDate heldOn) {
        return new HeldCheque(reference.hashCode(), reference, kind, "Payee " + reference, amount, principal, deadline, heldOn);
    }

    @Test
    void theAvailablePositionIsBookBalanceLessOutstandingChequesLessTheMargin() {
        assertEquals(8_000_000, POSITION.available());
    }

    @Test
    void releasesInOrderTaxesThenProvidersByDeadlineThenMembersThenTheRestOldestFirst() {
        List<HeldCheque> held = List.of(
                cheque("SUPPLIER", ChequeKind.SUPPLIER, 100_000, null, null, DAY.minusDays(30)),
                cheque("MEMBER-NEW", ChequeKind.MEMBER, 50_000, "ASKIA", null, DAY.minusDays(1)),
                cheque("MEMBER-OLD", ChequeKind.MEMBER, 60_000, "ASKIA", null, DAY.minusDays(8)),
                cheque("PROVIDER-LATE", ChequeKind.PROVIDER, 1_000_000, "ASKIA", DAY.plusDays(20), DAY.minusDays(40)),
                cheque("PROVIDER-SOON", ChequeKind.PROVIDER, 2_000_000, "NSIA", DAY.plusDays(5), DAY.minusDays(2)),
                cheque("SOCIAL", ChequeKind.SOCIAL, 700_000, null, DAY.plusDays(5), DAY.minusDays(3)),
                cheque("TAX", ChequeKind.TAX, 900_000, null, DAY.plusDays(2), DAY.minusDays(1)),
                cheque("COMMISSION", ChequeKind.COMMISSION, 300_000, null, null, DAY.minusDays(31)));
        ReleasePlan plan = ReleasePlanner.plan(POSITION, held, Map.of("ASKIA", 3_000_000L, "NSIA", 0L));
        assertEquals(List.of("TAX", "SOCIAL", "PROVIDER-SOON", "PROVIDER-LATE", "MEMBER-OLD", "MEMBER-NEW", "COMMISSION", "SUPPLIER"),
                plan.release().stream().map(HeldCheque::reference).toList());
        assertEquals(5_110_000, plan.releaseTotal());
        assertEquals(2_890_000, plan.remaining());
    }

    @Test
    void whatTheBankCannotCoverStaysHeldAndNothingJumpsTheQueue() {
        List<HeldCheque> held = List.of(
                cheque("TAX", ChequeKind.TAX, 5_000_000, null, DAY.plusDays(2), DAY),
                cheque("PROVIDER", ChequeKind.PROVIDER, 2_800_000, "ASKIA", DAY.plusDays(10), DAY),
                cheque("MEMBER", ChequeKind.MEMBER, 400_000, "ASKIA", null, DAY),
                cheque("SUPPLIER", ChequeKind.SUPPLIER, 100_000, null, null, DAY));
        ReleasePlan plan = ReleasePlanner.plan(POSITION, held, Map.of("ASKIA", 10L));
        assertEquals(List.of("TAX", "PROVIDER"), plan.release().stream().map(HeldCheque::reference).toList());
        assertEquals(200_000, plan.remaining(), "8 000 000 - 5 000 000 - 2 800 000");
        assertEquals(List.of("MEMBER", "SUPPLIER"), plan.stay().stream().map(s -> s.cheque().reference()).toList());
        assertEquals(List.of(StaysHeld.Reason.BANK_SHORT, StaysHeld.Reason.BANK_SHORT), plan.stay().stream().map(StaysHeld::reason).toList());
        assertEquals(List.of(200_000L, 300_000L), plan.stay().stream().map(StaysHeld::shortBy).toList(),
                "400 000 - 200 000; then 400 000 + 100 000 - 200 000: the supplier's 100 000 would fit but waits behind the member");
    }

    @Test
    void aPrincipalInDeficitGetsNoReleaseAndDoesNotBlockTheOthers() {
        List<HeldCheque> held = List.of(
                cheque("ASKIA-PROVIDER", ChequeKind.PROVIDER, 1_000_000, "ASKIA", DAY.plusDays(1), DAY),
                cheque("NSIA-PROVIDER", ChequeKind.PROVIDER, 3_000_000, "NSIA", DAY.plusDays(3), DAY),
                cheque("ASKIA-MEMBER", ChequeKind.MEMBER, 20_000, "ASKIA", null, DAY));
        ReleasePlan plan = ReleasePlanner.plan(POSITION, held, Map.of("ASKIA", -350_000L, "NSIA", 4_000_000L));
        assertEquals(List.of("NSIA-PROVIDER"), plan.release().stream().map(HeldCheque::reference).toList());
        assertEquals(List.of("ASKIA-PROVIDER", "ASKIA-MEMBER"), plan.stay().stream().map(s -> s.cheque().reference()).toList());
        for (StaysHeld stay : plan.stay()) {
            assertEquals(StaysHeld.Reason.PRINCIPAL_SHORT, stay.reason());
            assertEquals(350_000, stay.shortBy(), "its deficit");
        }
        assertEquals(5_000_000, plan.remaining());
    }

    @Test
    void aPositionBelowZeroReleasesNothing() {
        BankPosition overdrawn = BankPosition.of("BQ-TEST", DAY, 400_000, 300_000, 500_000, 0);
        assertEquals(-400_000, overdrawn.available());
        ReleasePlan plan = ReleasePlanner.plan(overdrawn, List.of(cheque("TAX", ChequeKind.TAX, 1, null, DAY, DAY)), Map.of());
        assertEquals(List.of(), plan.release());
        assertEquals(1, plan.stay().get(0).shortBy(), "short by the cheque itself: nothing is available");
    }
}
