package sn.pmas.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Times the bank position journal on a running server ({@code ./pmas run}), JDK only:
 * {@code ./pmas bench-position [N] [URL]}. A fresh bank account (its own ledger accounts) gets N
 * entries a day over a whole fiscal year (2027), then its journal of the year (366 days: the year
 * and the projection's start), JSON and PDF, and the principals' account's journal of the demo
 * year, as ratios of a trivial GET. The journal reads per-day aggregates, so its cost follows the
 * days with movements, not the entries.
 */
public final class PositionBenchmark {

    private static final int YEAR = 2027;
    private static final int BATCH = 1_000;

    private final BenchClient client;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000L);

    private PositionBenchmark(URI base, String credentials) {
        this.client = new BenchClient(base, credentials);
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        URI base = URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/");
        new PositionBenchmark(base, "accountant:compta2025").run(perDay);
    }

    private void run(int perDay) throws Exception {
        String bank = "POS-" + run;
        String ledger = "5213" + String.format("%06d", Integer.parseInt(run));
        String issued = "5219" + String.format("%06d", Integer.parseInt(run));
        client.post("api/fiscal-years", "{\"year\":" + YEAR + "}");
        BenchClient.expect(201, client.post("api/accounts", "{\"code\":\"" + ledger + "\",\"name\":\"Banque position " + run + "\"}"));
        BenchClient.expect(201, client.post("api/accounts", "{\"code\":\"" + issued + "\",\"name\":\"Chèques émis position " + run + "\"}"));
        BenchClient.expect(201, client.post("api/bank-accounts", "{\"code\":\"" + bank + "\",\"bankName\":\"Banque du banc\",\"accountNumber\":\"P-"
                + run + "\",\"ledgerAccount\":\"" + ledger + "\",\"issuedAccount\":\"" + issued + "\",\"principalsMoney\":false}"));
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        int days = first.lengthOfYear();
        long start = System.nanoTime();
        StringJoiner batch = batch();
        int inBatch = 0;
        int total = 0;
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < perDay; i++) {
                boolean in = i % 3 != 0;
                long amount = 10_000 + (day * 31L + i * 7L) % 90_000;
                batch.add("{\"journalCode\":\"BQ\",\"entryDate\":\"" + first.plusDays(day) + "\",\"source\":\"BENCH\",\"sourceReference\":\"POS-"
                        + run + "-" + day + "-" + i + "\",\"description\":\"Banc position\",\"lines\":[{\"accountCode\":\"" + (in ? ledger : "5212")
                        + "\",\"debit\":" + amount + "},{\"accountCode\":\"" + (in ? "5212" : ledger) + "\",\"credit\":" + amount + "}]}");
                total++;
                if (++inBatch == BATCH) {
                    BenchClient.expect(201, client.post("api/entries/batch", batch.toString()));
                    batch = batch();
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            BenchClient.expect(201, client.post("api/entries/batch", batch.toString()));
        }
        System.out.printf("PMAS Ledger bank position benchmark: %,d entries over %d days on %s, server %s (posted in %.1f s)%n", total, days,
                bank, client.base(), BenchClient.seconds(start));
        double baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline):  %.1f ms%n", baseline);
        client.report("position journal of " + YEAR + " (" + days + " days + projection)",
                "api/bank-position/" + bank + "?from=" + first + "&to=" + first.plusDays(days - 1), baseline);
        client.report("the same as PDF (with the chart)",
                "api/bank-position/" + bank + "?from=" + first + "&to=" + first.plusDays(days - 1) + "&format=pdf", baseline);
        client.report("principals' account, demo year 2025 (fund calls, cheques)",
                "api/bank-position/BQ-MANDANTS?from=2025-01-01&to=2025-12-31", baseline);
    }

    private static StringJoiner batch() {
        return new StringJoiner(",", "[", "]");
    }
}
