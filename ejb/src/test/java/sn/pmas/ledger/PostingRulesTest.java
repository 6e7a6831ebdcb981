package sn.pmas.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rule a journal entry must pass before it is written, one rejection at a time. */
class PostingRulesTest {

    /** Reference data as the ledger would find it: March open, April closed, 401 a heading, 6xx one inactive. */
    private static final class Chart implements PostingReferences {
        private final Map<String, AccountRef> accounts = new HashMap<>();

        Chart() {
            accounts.put("5211", new AccountRef(1, "5211", true, true));
            accounts.put("4581.ASKIA", new AccountRef(2, "4581.ASKIA", true, true));
            accounts.put("401", new AccountRef(3, "401", true, false));
            accounts.put("6051", new AccountRef(4, "6051", false, true));
        }

        @Override
        public Map<String, AccountRef> accounts(Collection<String> codes) {
            Map<String, AccountRef> found = new HashMap<>();
            codes.stream().filter(accounts::containsKey).forEach(code -> found.put(code, accounts.get(code)));
            return found;
        }

        @Override
        public Optional<PeriodRef> periodOn(LocalDate date) {
            if (date.getYear() == 2024) { // open, but 2025 is closed
                return Optional.of(new PeriodRef(202400 + date.getMonthValue(), true, true));
            }
            if (date.getYear() != 2025) {
                return Optional.empty();
            }
            int id = 202500 + date.getMonthValue();
            return Optional.of(new PeriodRef(id, date.getMonthValue() != 4, false));
        }

        @Override
        public boolean journalExists(String journalCode) {
            return List.of("BQ", "OD").contains(journalCode);
        }
    }

    private final PostingRules rules = new PostingRules(new Chart());

    private static PostingRequest request(LocalDate date, PostingLine... lines) {
        return new PostingRequest("BQ", date, "TEST", "REF-1", "Versement fonds de roulement", Arrays.asList(lines));
    }

    private static PostingRequest deposit(long amount) {
        return request(LocalDate.of(2025, 3, 10),
                PostingLine.debit("5211", amount, "Virement"), PostingLine.credit("4581.ASKIA", amount, null));
    }

    private Rejection rejectionOf(PostingRequest request) {
        return assertThrows(LedgerException.class, () -> rules.validate(request)).rejection();
    }

    private LedgerException rejected(PostingRequest request) {
        return assertThrows(LedgerException.class, () -> rules.validate(request));
    }

    @Test
    void aBalancedEntryInAnOpenPeriodPasses() throws LedgerException {
        ValidatedPosting posting = rules.validate(deposit(2_500_000));
        assertEquals(202503, posting.periodId());
        assertEquals(2_500_000, posting.total());
        assertEquals(List.of(1L, 2L), posting.lines().stream().map(ValidatedLine::accountId).toList());
        assertEquals(2_500_000, posting.lines().get(0).debit());
        assertEquals(2_500_000, posting.lines().get(1).credit());
    }

    @Test
    void anEntryNeedsAtLeastTwoLines() {
        LedgerException e = rejected(request(LocalDate.of(2025, 3, 10), PostingLine.debit("5211", 10, null)));
        assertEquals(Rejection.TOO_FEW_LINES, e.rejection());
        assertEquals("lines", e.field());
        assertEquals(Rejection.TOO_FEW_LINES, rejectionOf(request(LocalDate.of(2025, 3, 10))));
    }

    @Test
    void debitsMustEqualCredits() {
        LedgerException e = rejected(request(LocalDate.of(2025, 3, 10),
                PostingLine.debit("5211", 1_000, null), PostingLine.credit("4581.ASKIA", 999, null)));
        assertEquals(Rejection.UNBALANCED, e.rejection());
        assertEquals("lines", e.field());
    }

    @Test
    void amountsArePositiveWholeFrancsOnOneSide() {
        LocalDate date = LocalDate.of(2025, 3, 10);
        LedgerException decimals = rejected(request(date,
                new PostingLine("5211", new BigDecimal("12.5"), null, null),
                new PostingLine("4581.ASKIA", null, new BigDecimal("12.5"), null)));
        assertEquals(Rejection.AMOUNT_NOT_WHOLE, decimals.rejection());
        assertEquals("lines[0].debit", decimals.field());
        assertEquals(Rejection.AMOUNT_NOT_POSITIVE, rejectionOf(request(date,
                new PostingLine("5211", new BigDecimal("-10"), null, null),
                new PostingLine("4581.ASKIA", null, new BigDecimal("-10"), null))));
        assertEquals(Rejection.AMOUNT_NOT_POSITIVE, rejectionOf(request(date,
                new PostingLine("5211", BigDecimal.ZERO, null, null),
                new PostingLine("4581.ASKIA", null, BigDecimal.ZERO, null))));
        assertEquals(Rejection.NO_AMOUNT, rejectionOf(request(date,
                new PostingLine("5211", null, null, null), PostingLine.credit("4581.ASKIA", 10, null))));
        assertEquals(Rejection.DEBIT_AND_CREDIT, rejectionOf(request(date,
                new PostingLine("5211", BigDecimal.TEN, BigDecimal.TEN, null), PostingLine.credit("4581.ASKIA", 10, null))));
        assertEquals(Rejection.AMOUNT_TOO_LARGE, rejectionOf(deposit(PostingRules.MAX_AMOUNT + 1)));
    }

    @Test
    void trailingZeroDecimalsAreWholeFrancs() throws LedgerException {
        ValidatedPosting posting = rules.validate(request(LocalDate.of(2025, 3, 10),
                new PostingLine("5211", new BigDecimal("1500.00"), null, null),
                new PostingLine("4581.ASKIA", null, new BigDecimal("1.5E3"), null)));
        assertEquals(1_500, posting.total());
    }

    @Test
    void accountsMustExistBeActiveAndPostable() {
        LocalDate date = LocalDate.of(2025, 3, 10);
        LedgerException unknown = rejected(request(date, PostingLine.debit("5211", 10, null), PostingLine.credit("9999", 10, null)));
        assertEquals(Rejection.ACCOUNT_UNKNOWN, unknown.rejection());
        assertEquals("lines[1].accountCode", unknown.field());
        assertEquals(Rejection.ACCOUNT_INACTIVE,
                rejectionOf(request(date, PostingLine.debit("6051", 10, null), PostingLine.credit("5211", 10, null))));
        assertEquals(Rejection.ACCOUNT_NOT_POSTABLE,
                rejectionOf(request(date, PostingLine.debit("401", 10, null), PostingLine.credit("5211", 10, null))));
    }

    @Test
    void thePeriodMustExistAndBeOpen() {
        LedgerException closed = rejected(request(LocalDate.of(2025, 4, 2),
                PostingLine.debit("5211", 10, null), PostingLine.credit("4581.ASKIA", 10, null)));
        assertEquals(Rejection.PERIOD_CLOSED, closed.rejection());
        assertEquals("entryDate", closed.field());
        assertEquals(Rejection.PERIOD_MISSING, rejectionOf(request(LocalDate.of(2031, 1, 2),
                PostingLine.debit("5211", 10, null), PostingLine.credit("4581.ASKIA", 10, null))));
    }

    @Test
    void anOpenPeriodOfAYearBeforeAClosedOneTakesNoPosting() {
        LedgerException refused = rejected(request(LocalDate.of(2024, 6, 3),
                PostingLine.debit("5211", 10, null), PostingLine.credit("4581.ASKIA", 10, null)));
        assertEquals(Rejection.BEFORE_CLOSED_YEAR, refused.rejection());
        assertEquals("entryDate", refused.field());
    }

    @Test
    void requiredFieldsAreNamed() {
        PostingRequest noReference = new PostingRequest("BQ", LocalDate.of(2025, 3, 1), "TEST", " ", "x",
                deposit(10).lines());
        LedgerException e = rejected(noReference);
        assertEquals(Rejection.FIELD_REQUIRED, e.rejection());
        assertEquals("sourceReference", e.field());
        assertEquals("entryDate", rejected(new PostingRequest("BQ", null, "TEST", "R", "x", deposit(10).lines())).field());
        assertEquals(Rejection.JOURNAL_UNKNOWN,
                rejectionOf(new PostingRequest("ZZ", LocalDate.of(2025, 3, 1), "TEST", "R", "x", deposit(10).lines())));
        List<PostingLine> withHole = new ArrayList<>(deposit(10).lines());
        withHole.add(null);
        assertEquals("lines[2]", rejected(request(LocalDate.of(2025, 3, 1), withHole.toArray(PostingLine[]::new))).field());
    }

    @Test
    void theFingerprintTellsAReplayFromAConflict() {
        assertEquals(PostingRules.contentHash(deposit(1_000)), PostingRules.contentHash(deposit(1_000)));
        assertNotEquals(PostingRules.contentHash(deposit(1_000)), PostingRules.contentHash(deposit(1_001)));
        PostingRequest sameAmountWrittenDifferently = request(LocalDate.of(2025, 3, 10),
                new PostingLine("5211", new BigDecimal("1000.0"), null, "Virement"),
                new PostingLine("4581.ASKIA", null, new BigDecimal("1000"), null));
        assertEquals(PostingRules.contentHash(deposit(1_000)), PostingRules.contentHash(sameAmountWrittenDifferently));
    }
}
