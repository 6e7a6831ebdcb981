package sn.pmas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.sig.SigEvent;

/** The demo's own promises; that the ledger accepts every event (funds never overdrawn) is shown by loading it in the ITs. */
class DemoYearTest {

    private final DemoYear year = new DemoYear("", 2025);
    private final List<SigEvent> events = year.events(2025);
    private final List<PostingRequest> entries = year.poolEntries();

    @Test
    void aYearOfEventsByDateWithUniqueReferences() {
        assertTrue(events.size() > 1_000 && events.size() < 2_500, "events: " + events.size());
        assertEquals(events.size(), new HashSet<>(events.stream().map(SigEvent::reference).toList()).size());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).date().compareTo(events.get(i).date()) <= 0, "sorted by date at " + i);
        }
        Map<String, Long> perType = events.stream().collect(Collectors.groupingBy(SigEvent::type, Collectors.counting()));
        assertEquals(Map.of("PREMIUM_ISSUED", 144L, "PREMIUM_COLLECTED", 144L, "CLAIM_VALIDATED", 12L * 42,
                "OPERATING_EXPENSE", 60L), Map.of("PREMIUM_ISSUED", perType.get("PREMIUM_ISSUED"),
                "PREMIUM_COLLECTED", perType.get("PREMIUM_COLLECTED"), "CLAIM_VALIDATED", perType.get("CLAIM_VALIDATED"),
                "OPERATING_EXPENSE", perType.get("OPERATING_EXPENSE")));
        assertTrue(perType.get("FUNDS_RECEIVED") > 9 + 12, "funds of 9 principals in January, then fund calls");
    }

    @Test
    void claimsAboveTheThresholdCarryTheMedicalAdvisersValidation() {
        events.stream().filter(e -> e.type().equals("CLAIM_VALIDATED"))
                .forEach(e -> assertEquals(e.amount().longValueExact() > 150_000, Boolean.TRUE.equals(e.medicalValidation()),
                        e.reference()));
    }

    @Test
    void poolEntriesBalanceAndStayInTheYear() {
        assertEquals(entries.size(), new HashSet<>(entries.stream().map(PostingRequest::sourceReference).toList()).size());
        for (PostingRequest entry : entries) {
            assertEquals(sum(entry, true), sum(entry, false), entry.sourceReference());
            assertEquals(2025, entry.entryDate().getYear());
        }
    }

    @Test
    void aSampleMonthStartsWithFundsForEveryPrincipalAndHasItsOwnReferences() {
        List<SigEvent> sample = new DemoYear("S2026-01-", 1).sampleMonth(YearMonth.of(2026, 1));
        assertTrue(sample.stream().allMatch(e -> e.reference().startsWith("S2026-01-") && e.date().startsWith("2026-01")));
        assertEquals(9, sample.stream().filter(e -> e.type().equals("FUNDS_RECEIVED") && e.reference().contains("FDR-")).count());
    }

    @Test
    void commissionsAreRoundedHalfEvenToWholeFrancs() {
        assertEquals(2, DemoYear.percent(25, new BigDecimal("0.1")), "2.5 rounds to the even 2");
        assertEquals(4, DemoYear.percent(35, new BigDecimal("0.1")), "3.5 rounds to the even 4");
        assertEquals(1_400_000, DemoYear.percent(10_000_000, new BigDecimal("0.14")));
    }

    private static long sum(PostingRequest entry, boolean debit) {
        return entry.lines().stream()
                .map(line -> debit ? line.debit() : line.credit())
                .filter(amount -> amount != null)
                .mapToLong(BigDecimal::longValueExact).sum();
    }
}
