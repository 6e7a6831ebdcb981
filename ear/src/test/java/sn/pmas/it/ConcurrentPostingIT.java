package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several accountants posting at once on the same accounts, and a period closed while entries
 * are being posted into it. Fiscal year 2035.
 */
class ConcurrentPostingIT extends DeployedLedger {

    private static final int THREADS = 4;
    private static final int BATCHES = 8;
    private static final int ENTRIES_PER_BATCH = 25;

    @Test
    void parallelBatchesOnTheSameAccountsAllPostAndTheBalancesMatchTheLines() throws Exception {
        Api accountant = openYear();
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int thread = 0; thread < THREADS; thread++) {
                for (int batch = 0; batch < BATCHES; batch++) {
                    String body = batch(thread, batch);
                    statuses.add(pool.submit(() -> accountant.post("api/entries/batch", body).status()));
                }
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
        }
        long expected = (long) THREADS * BATCHES * ENTRIES_PER_BATCH * 1_000;
        JsonObject fromBalances = accountant.get("api/trial-balance?period=2035-03").json().getJsonObject("totals");
        assertEquals(expected, fromBalances.getJsonNumber("debit").longValue());
        // 1-30 March is no whole month: this trial balance is summed from the lines themselves.
        JsonObject fromLines = accountant.get("api/trial-balance?from=2035-03-01&to=2035-03-30").json().getJsonObject("totals");
        assertEquals(expected, fromLines.getJsonNumber("debit").longValue(), "maintained balances equal the lines");
        LedgerAssertions.assertLedgerConsistent(accountant, 2035);
    }

    @Test
    void aPeriodClosedDuringPostingKeepsExactlyTheEntriesThatWereAccepted() throws Exception {
        Api accountant = openYear();
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < 120; i++) {
                String entry = Entries.simple("BQ", "2035-04-10", "CLOSE-RACE-" + i, "5211", "4581.NSIA", "1000");
                statuses.add(pool.submit(() -> accountant.post("api/entries", entry).status()));
                if (i == 60) {
                    statuses.add(pool.submit(() -> accountant.post("api/periods/2035-04/close", "{}").status() == 200 ? 0 : -1));
                }
            }
            int accepted = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertTrue(code == 201 || code == 409 || code == 0, "posted, refused as closed, or the close itself: " + code);
                accepted += code == 201 ? 1 : 0;
            }
            assertTrue(statuses.stream().anyMatch(f -> get(f) == 0), "the close went through");
            JsonObject april = accountant.get("api/trial-balance?period=2035-04").json().getJsonObject("totals");
            assertEquals(accepted * 1_000L, april.getJsonNumber("debit").longValue(), "every accepted entry, nothing else");
            assertEquals(409, accountant.post("api/entries",
                    Entries.simple("BQ", "2035-04-11", "CLOSE-RACE-AFTER", "5211", "4581.NSIA", "1000")).status());
        }
    }

    /** Both tests work in 2035 (March, April), whichever runs first opens it. */
    private Api openYear() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        int status = accountant.post("api/fiscal-years", "{\"year\":2035}").status();
        assertTrue(status == 201 || status == 409, "fiscal year 2035 opened: " + status);
        return accountant;
    }

    private static int get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entries that all touch 5211 and the same two insurers, in an order that differs per thread. */
    private static String batch(int thread, int batch) {
        String[] insurers = thread % 2 == 0 ? new String[] {"4581.CGA", "4581.SALAMA"} : new String[] {"4581.SALAMA", "4581.CGA"};
        StringJoiner entries = new StringJoiner(",", "[", "]");
        for (int i = 0; i < ENTRIES_PER_BATCH; i++) {
            String reference = "PAR-" + thread + "-" + batch + "-" + i;
            String day = "2035-03-%02d".formatted(1 + (i % 28));
            entries.add(Entries.entry("BQ", day, reference, "parallèle " + reference,
                    Entries.line(insurers[0], "400", null), Entries.line("5211", "600", null),
                    Entries.line(insurers[1], null, "1000")));
        }
        return entries.toString();
    }
}
