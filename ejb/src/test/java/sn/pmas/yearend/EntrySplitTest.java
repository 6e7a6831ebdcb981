package sn.pmas.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.PostingLine;

class EntrySplitTest {

    @Test
    void closingLinesBringEachAccountToZeroAndTheNetToTheResult() {
        Map<String, Long> balances = new LinkedHashMap<>();
        balances.put("632", 700L);      // a charge: debit balance
        balances.put("70521", -1_000L); // a product: credit balance
        balances.put("658", 0L);        // nothing moved: no line
        List<List<PostingLine>> entries = EntrySplit.lines(balances, true, "131", "Clôture");
        assertEquals(1, entries.size());
        List<PostingLine> lines = entries.get(0);
        assertEquals(List.of("632", "70521", "131"), lines.stream().map(PostingLine::accountCode).toList());
        assertEquals(new BigDecimal(700), lines.get(0).credit());
        assertEquals(new BigDecimal(1_000), lines.get(1).debit());
        assertEquals(new BigDecimal(300), lines.get(2).credit(), "an excess of 300 credited to 131");
    }

    @Test
    void openingLinesRestateBalancesWithoutBalancingLineWhenTheyNetToZero() {
        Map<String, Long> balances = new LinkedHashMap<>();
        balances.put("4581.ASKIA", -2_000L);
        balances.put("5211", 2_500L);
        balances.put("131", -500L);
        List<List<PostingLine>> entries = EntrySplit.lines(balances, false, "588", "À-nouveaux");
        assertEquals(1, entries.size());
        assertEquals(3, entries.get(0).size());
        assertEquals(new BigDecimal(2_000), entries.get(0).get(0).credit());
        assertEquals(new BigDecimal(2_500), entries.get(0).get(1).debit());
    }

    @Test
    void manyAccountsAreCutIntoBalancedEntriesOfAtMostFiveHundredLines() {
        Map<String, Long> balances = new LinkedHashMap<>();
        for (int i = 0; i < 1_200; i++) {
            balances.put("4011.P" + i, -(i + 1L));
        }
        balances.put("5211", 1_200L * 1_201 / 2);
        List<List<PostingLine>> entries = EntrySplit.lines(balances, false, "588", "À-nouveaux");
        assertEquals(3, entries.size());
        long transit = 0;
        long lines = 0;
        for (List<PostingLine> entry : entries) {
            assertTrue(entry.size() <= EntrySplit.MAX_LINES, "at most 500 lines");
            assertEquals(0, net(entry), "each entry balances");
            transit += entry.stream().filter(l -> l.accountCode().equals("588")).mapToLong(EntrySplitTest::signed).sum();
            lines += entry.stream().filter(l -> !l.accountCode().equals("588")).count();
        }
        assertEquals(0, transit, "the transit account nets to zero over the entries");
        assertEquals(1_201, lines, "every account once");
    }

    private static long net(List<PostingLine> lines) {
        return lines.stream().mapToLong(EntrySplitTest::signed).sum();
    }

    private static long signed(PostingLine line) {
        return line.debit() != null ? line.debit().longValueExact() : -line.credit().longValueExact();
    }
}
