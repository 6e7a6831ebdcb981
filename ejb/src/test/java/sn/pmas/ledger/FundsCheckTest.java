package sn.pmas.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundsCheckTest {

    private static final long ASKIA_ACCOUNT = 7;
    private static final long NSIA_ACCOUNT = 8;
    private static final long BANK = 1;
    private static final Map<Long, PrincipalFunds> FUNDS = Map.of(
            ASKIA_ACCOUNT, new PrincipalFunds(70, "ASKIA", 100_000),
            NSIA_ACCOUNT, new PrincipalFunds(80, "NSIA", 0));

    /** Debits {@code account} (a principal's current account when it is one) and credits {@code other}. */
    private static ValidatedPosting transfer(long account, long other, long amount) {
        PostingRequest request = new PostingRequest("OD", LocalDate.of(2025, 3, 1), "MANUAL", "X", "test", List.of());
        return new ValidatedPosting(request, 202503, List.of(new ValidatedLine(other, "B", 0, amount, "credit"),
                new ValidatedLine(account, "A", amount, 0, "debit")), amount, "hash");
    }

    @Test
    void aPostingWithinTheFundsPassesAndLeavesLessForTheNext() throws LedgerException {
        FundsCheck check = new FundsCheck(FUNDS, false);
        assertTrue(check.apply(transfer(ASKIA_ACCOUNT, BANK, 60_000), null).isEmpty());
        LedgerException refused = assertThrows(LedgerException.class, () -> check.apply(transfer(ASKIA_ACCOUNT, BANK, 60_000), null));
        assertEquals(Rejection.FUNDS_INSUFFICIENT, refused.rejection());
        assertEquals("lines[1].debit", refused.field(), "the line that debits the principal");
        assertTrue(refused.getMessage().contains("ASKIA") && refused.getMessage().contains("manque 20"), refused.getMessage());
    }

    @Test
    void creditsToAPrincipalAreAlwaysAllowedAndFundTheNextPosting() throws LedgerException {
        FundsCheck check = new FundsCheck(FUNDS, false);
        assertTrue(check.apply(transfer(BANK, NSIA_ACCOUNT, 50_000), null).isEmpty());
        assertTrue(check.apply(transfer(NSIA_ACCOUNT, BANK, 50_000), null).isEmpty(), "funds to zero exactly");
        assertThrows(LedgerException.class, () -> check.apply(transfer(NSIA_ACCOUNT, BANK, 1), null));
    }

    @Test
    void moneyMovedFromOnePrincipalToAnotherNeedsTheFirstOnesFunds() throws LedgerException {
        FundsCheck check = new FundsCheck(FUNDS, false);
        LedgerException refused = assertThrows(LedgerException.class, () -> check.apply(transfer(NSIA_ACCOUNT, ASKIA_ACCOUNT, 10_000), null));
        assertTrue(refused.getMessage().contains("NSIA"), refused.getMessage());
        assertTrue(check.apply(transfer(ASKIA_ACCOUNT, NSIA_ACCOUNT, 10_000), null).isEmpty());
    }

    @Test
    void onlyAnAdministratorForcesAndTheShortfallIsWhatTheFundsLacked() throws LedgerException {
        FundsOverride override = new FundsOverride("Hospitalisation urgente");
        LedgerException refused = assertThrows(LedgerException.class,
                () -> new FundsCheck(FUNDS, false).apply(transfer(ASKIA_ACCOUNT, BANK, 130_000), override));
        assertEquals(Rejection.FUNDS_FORCE_NOT_ALLOWED, refused.rejection());
        FundsCheck check = new FundsCheck(FUNDS, true);
        List<FundsCheck.Shortfall> forced = check.apply(transfer(ASKIA_ACCOUNT, BANK, 130_000), override);
        assertEquals(1, forced.size());
        assertEquals(30_000, forced.get(0).amount());
        assertEquals("ASKIA", forced.get(0).principal().principalCode());
        assertEquals(5_000, check.apply(transfer(ASKIA_ACCOUNT, BANK, 5_000), override).get(0).amount(),
                "already below zero: the whole debit is lacking");
    }

    @Test
    void anOverrideWhereTheFundsSufficeForcesNothing() throws LedgerException {
        assertTrue(new FundsCheck(FUNDS, true).apply(transfer(ASKIA_ACCOUNT, BANK, 100_000), new FundsOverride("r")).isEmpty());
    }

    @Test
    void theCommissionsAndFeesOfThePoolAreChargedWhateverTheFundsAndLowerThem() throws LedgerException {
        long commissions = 3;
        PostingRequest request = new PostingRequest("OD", LocalDate.of(2025, 3, 1), "SIG", "X", "test", List.of());
        ValidatedPosting commission = new ValidatedPosting(request, 202503, List.of(new ValidatedLine(NSIA_ACCOUNT, "4581.NSIA", 14_000, 0, "c"),
                new ValidatedLine(commissions, "70521", 0, 14_000, "c")), 14_000, "hash");
        FundsCheck check = new FundsCheck(FUNDS, false);
        assertTrue(check.apply(commission, null).isEmpty(), "NSIA has no funds: its commission is still owed");
        check.apply(transfer(BANK, NSIA_ACCOUNT, 20_000), null);
        assertTrue(check.apply(transfer(NSIA_ACCOUNT, BANK, 6_000), null).isEmpty(), "20 000 received less the 14 000 charged");
        assertThrows(LedgerException.class, () -> check.apply(transfer(NSIA_ACCOUNT, BANK, 1), null));
    }
}
