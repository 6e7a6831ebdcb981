package sn.pmas.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Times the booking of SIG events on a running server ({@code ./pmas run}), JDK only:
 * {@code ./pmas bench-events [N] [URL]}. Ten fresh principals (insurers with agreements) and ten
 * providers receive funds then N claims validated in 2026, half of them paid: first one event per
 * request (the baseline), then batches of 1 000; then the reads that depend on the registers
 * (working-fund positions, a principal's statement, alerts, the reconciliation), as ratios of a trivial GET.
 */
public final class SigEventBenchmark {

    private static final int BATCH = 1_000;
    private static final int SINGLE_BASELINE = 300;
    private static final int PRINCIPALS = 10;

    private final BenchClient client;
    private final Random random = new Random(7);
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private SigEventBenchmark(URI base, String credentials) {
        this.client = new BenchClient(base, credentials);
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        URI base = URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/");
        new SigEventBenchmark(base, "accountant:compta2025").run(events);
    }

    private void run(int count) throws Exception {
        List<String> principals = new ArrayList<>();
        for (int i = 0; i < PRINCIPALS; i++) {
            String principal = "B" + run + "I" + i;
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + principal + "\",\"type\":\"INSURER\",\"name\":\"Banc " + principal + "\"}"));
            BenchClient.expect(201, client.post("api/principals/" + principal + "/agreements", "{\"validFrom\":\"2026-01-01\",\"targetLevel\":900000000000,"
                    + "\"floorAmount\":1000,\"singleClaimLimit\":100000000,\"feeRate\":0.14,\"feeBase\":\"COLLECTED_PREMIUMS\"}"));
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"B" + run + "P" + i + "\",\"type\":\"PROVIDER\",\"name\":\"Banc\","
                    + "\"conventionType\":\"PHARMACY\",\"paymentTermDays\":30}"));
            BenchClient.expect(201, client.post("api/sig/events", "{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"B" + run + "-F" + i
                    + "\",\"date\":\"2026-01-02\",\"principal\":\"" + principal + "\",\"amount\":500000000000}"));
            principals.add(principal);
        }
        System.out.printf("PMAS Ledger SIG events benchmark: %,d events (claims validated, half paid) for %d principals, server %s%n",
                count, PRINCIPALS, client.base());
        int single = Math.min(SINGLE_BASELINE, count);
        long start = System.nanoTime();
        for (int i = 0; i < single; i++) {
            BenchClient.expect(201, client.post("api/sig/events", event(i)));
        }
        double singleRate = single / BenchClient.seconds(start);
        start = System.nanoTime();
        for (int from = single; from < count; from += BATCH) {
            StringJoiner batch = new StringJoiner(",", "{\"events\":[", "]}");
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                batch.add(event(i));
            }
            BenchClient.expect(200, client.post("api/sig/events/batch", batch.toString()));
        }
        double bulkRate = (count - single) / BenchClient.seconds(start);
        System.out.printf("events, one per request (baseline):  %,.0f events/s%n", singleRate);
        System.out.printf("events, batches of %,d:              %,.0f events/s (%.1f x baseline)%n", BATCH, bulkRate, bulkRate / singleRate);

        double baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline):  %.1f ms%n", baseline);
        client.report("working-fund positions of every principal", "api/principals?asOf=2026-12-31", baseline);
        client.report("statement of " + principals.get(0) + ", the year",
                "api/principals/" + principals.get(0) + "/statement?from=2026-01-01&to=2026-12-31", baseline);
        client.report("alerts", "api/alerts", baseline);
        client.report("reconciliation of every register with the ledger", "api/reconciliation?asOf=2026-12-31", baseline);
    }

    /** Event i: a claim of principal i % 10 at provider i % 10 on a day of 2026; odd events pay the claim before. */
    private String event(int i) {
        String claim = "B" + run + "-S" + (i / 2 * 2);
        if (i % 2 == 1) {
            return "{\"type\":\"CLAIM_PAID\",\"reference\":\"B" + run + "-P" + i + "\",\"date\":\"2026-12-31\",\"claim\":\"" + claim + "\"}";
        }
        LocalDate day = LocalDate.of(2026, 1, 5).plusDays(i % 350);
        return "{\"type\":\"CLAIM_VALIDATED\",\"reference\":\"" + claim + "\",\"date\":\"" + day + "\",\"principal\":\"B" + run + "I"
                + (i % PRINCIPALS) + "\",\"provider\":\"B" + run + "P" + (i % PRINCIPALS) + "\",\"invoice\":\"F" + i
                + "\",\"careMonth\":\"" + day.withDayOfMonth(1).toString().substring(0, 7) + "\",\"invoiceReceivedOn\":\"" + day
                + "\",\"amount\":" + (5_000 + random.nextInt(140_000)) + "}";
    }







}
