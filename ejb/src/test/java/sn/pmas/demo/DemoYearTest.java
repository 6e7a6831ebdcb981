package sn.pmas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;

class DemoYearTest {

    private final List<PostingRequest> entries = new DemoYear(2025).entries();

    @Test
    void aFewHundredBalancedEntriesWithUniqueReferences() {
        assertTrue(entries.size() > 300 && entries.size() < 1_000, "entries: " + entries.size());
        assertEquals(entries.size(), new HashSet<>(entries.stream().map(PostingRequest::sourceReference).toList()).size());
        for (PostingRequest entry : entries) {
            assertEquals(sum(entry, true), sum(entry, false), entry.sourceReference());
            assertEquals(2025, entry.entryDate().getYear());
        }
    }

    @Test
    void principalsAreNeverOverdrawn() {
        Map<String, Long> balances = new HashMap<>();
        entries.stream().sorted((a, b) -> a.entryDate().compareTo(b.entryDate())).forEach(entry -> {
            for (PostingLine line : entry.lines()) {
                if (line.accountCode().startsWith("4581.") || line.accountCode().startsWith("47121.")) {
                    long credit = line.credit() == null ? 0 : line.credit().longValueExact();
                    long debit = line.debit() == null ? 0 : line.debit().longValueExact();
                    long balance = balances.merge(line.accountCode(), credit - debit, Long::sum);
                    assertTrue(balance >= 0, line.accountCode() + " overdrawn on " + entry.entryDate() + ": " + balance);
                }
            }
        });
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
