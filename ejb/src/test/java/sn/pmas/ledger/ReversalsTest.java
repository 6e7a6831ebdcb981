package sn.pmas.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReversalsTest {

    private static JournalEntry claim() {
        PostingRequest request = new PostingRequest("OP", LocalDate.of(2025, 3, 12), "SIG", "FAC-1", "Facture HR-THIES",
                List.of(PostingLine.debit("4581.ASKIA", 150_000, "Sinistres"), PostingLine.credit("4011.HR-THIES", 150_000, "FAC-1")));
        ValidatedPosting posting = new ValidatedPosting(request, 202503, List.of(
                new ValidatedLine(7, "4581.ASKIA", 150_000, 0, "Sinistres"),
                new ValidatedLine(9, "4011.HR-THIES", 0, 150_000, "FAC-1")), 150_000, PostingRules.contentHash(request));
        return new JournalEntry(posting, null, "accountant", Instant.EPOCH);
    }

    @Test
    void debitsBecomeCreditsOnTheSameAccountsAndAmounts() {
        PostingRequest reversal = Reversals.of(claim(), Map.of(7L, "4581.ASKIA", 9L, "4011.HR-THIES"),
                LocalDate.of(2025, 4, 2), " facture en double ", null);
        assertEquals("OP", reversal.journalCode());
        assertEquals(LocalDate.of(2025, 4, 2), reversal.entryDate());
        assertEquals("REVERSAL", reversal.source());
        PostingLine first = reversal.lines().get(0);
        assertEquals("4581.ASKIA", first.accountCode());
        assertNull(first.debit());
        assertEquals(new BigDecimal(150_000), first.credit());
        assertEquals(new BigDecimal(150_000), reversal.lines().get(1).debit());
        assertEquals("Extourne de l'écriture n° null : facture en double", reversal.description(),
                "the id is the original's (not yet persisted here)");
    }

    @Test
    void aReversalIsItselfAValidBalancedEntry() throws LedgerException {
        PostingRequest reversal = Reversals.of(claim(), Map.of(7L, "A", 9L, "B"), LocalDate.of(2025, 4, 2), "x".repeat(400), null);
        assertEquals(250, reversal.description().length(), "long reasons are cut to the column size");
        PostingReferences open = new PostingReferences() {
            @Override
            public Map<String, AccountRef> accounts(Collection<String> codes) {
                return Map.of("A", new AccountRef(7, "A", true, true), "B", new AccountRef(9, "B", true, true));
            }

            @Override
            public Optional<PeriodRef> periodOn(LocalDate date) {
                return Optional.of(new PeriodRef(202504, true, false));
            }

            @Override
            public boolean journalExists(String journalCode) {
                return true;
            }
        };
        assertEquals(150_000, new PostingRules(open).validate(reversal).total());
    }
}
