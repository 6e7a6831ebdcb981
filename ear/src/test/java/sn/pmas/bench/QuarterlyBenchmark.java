package sn.pmas.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Times the quarterly reports of issue 11 on a running server ({@code ./pmas run}), JDK only:
 * {@code ./pmas bench-quarterly [CLAIMS] [QUITTANCES] [URL]}. A fresh insurer receives its funds,
 * then QUITTANCES quittances issued and collected in 2026 and CLAIMS claims validated at four
 * providers on 50 contracts, half paid, in batches of 1 000 SIG events; then the first quarter's
 * consolidation package (JSON, PDF, XLSX), the statistical report and the dashboard (whose loss ratios
 * read this insurer's year to date) are timed, as ratios of a trivial GET.
 * Run it on top of {@code ./pmas bench} (the 1 000 000-entry year) for issue 11's target.
 */
public final class QuarterlyBenchmark {

    private static final int BATCH = 1_000;
    private static final String[] CONVENTIONS = {"HOSPITAL", "PUBLIC_FACILITY", "PRIVATE_FACILITY", "PHARMACY"};

    private final BenchClient client;
    private final Random random = new Random(11);
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private final String insurer = "B" + run + "Q";

    private QuarterlyBenchmark(URI base, String credentials) {
        this.client = new BenchClient(base, credentials);
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int quittances = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        URI base = URI.create(args.length > 2 ? args[2] : "http://localhost:8080/pmas/");
        new QuarterlyBenchmark(base, "accountant:compta2025").run(claims, quittances);
    }

    private void run(int claims, int quittances) throws Exception {
        BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + insurer + "\",\"type\":\"INSURER\",\"name\":\"Banc " + insurer + "\"}"));
        BenchClient.expect(201, client.post("api/principals/" + insurer + "/agreements", "{\"validFrom\":\"2026-01-01\",\"targetLevel\":900000000000,"
                + "\"floorAmount\":1000,\"singleClaimLimit\":100000000,\"feeRate\":0.14,\"feeBase\":\"COLLECTED_PREMIUMS\"}"));
        for (int p = 0; p < CONVENTIONS.length; p++) {
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"B" + run + "P" + p + "\",\"type\":\"PROVIDER\",\"name\":\"Banc\","
                    + "\"conventionType\":\"" + CONVENTIONS[p] + "\",\"paymentTermDays\":30}"));
        }
        BenchClient.expect(201, client.post("api/sig/events", "{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"B" + run + "-F\","
                + "\"date\":\"2026-01-02\",\"principal\":\"" + insurer + "\",\"amount\":500000000000}"));
        System.out.printf("PMAS Ledger quarterly reports benchmark: %,d quittances (issued, collected) and %,d claims (half paid) of %s in 2026, server %s%n",
                quittances, claims, insurer, client.base());
        long start = System.nanoTime();
        book(quittances * 2, this::premiumEvent);
        book(claims * 2, this::claimEvent);
        System.out.printf("booked in %.0f s%n", BenchClient.seconds(start));

        double baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline):  %.1f ms%n", baseline);
        String quarterly = "api/management/quarterly/" + insurer + "?quarter=2026-Q1";
        client.report("quarterly package 2026-Q1, JSON", quarterly, baseline);
        client.report("quarterly package 2026-Q1, PDF", quarterly + "&format=pdf", baseline);
        client.report("quarterly package 2026-Q1, XLSX", quarterly + "&format=xlsx", baseline);
        client.report("quarterly package 2026-Q3 (three quarters' ratios), JSON", "api/management/quarterly/" + insurer + "?quarter=2026-Q3", baseline);
        client.report("statistical report 2026-Q1, PDF", "api/management/statistics/" + insurer + "?quarter=2026-Q1&format=pdf", baseline);
        // the dashboard's loss ratios read every insurer's cumul to the latest quarter ended, this one's included
        client.report("dashboard on 2026-09-30 (loss ratios to 2026-Q3), JSON", "api/dashboard?asOf=2026-09-30", baseline);
    }

    private void book(int events, java.util.function.IntFunction<String> event) throws Exception {
        for (int from = 0; from < events; from += BATCH) {
            StringJoiner batch = new StringJoiner(",", "{\"events\":[", "]}");
            for (int i = from; i < Math.min(events, from + BATCH); i++) {
                batch.add(event.apply(i));
            }
            BenchClient.expect(200, client.post("api/sig/events/batch", batch.toString()));
        }
    }

    /** Event i: a quittance issued on a day of 2026 covering three months, collected whole by the next event. */
    private String premiumEvent(int i) {
        String quittance = "B" + run + "-Q" + (i / 2);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i / 2 % 330);
        if (i % 2 == 1) {
            return "{\"type\":\"PREMIUM_COLLECTED\",\"reference\":\"B" + run + "-E" + (i / 2) + "\",\"date\":\"" + day.plusDays(10)
                    + "\",\"premium\":\"" + quittance + "\",\"amount\":" + premium(i / 2) + "}";
        }
        return "{\"type\":\"PREMIUM_ISSUED\",\"reference\":\"" + quittance + "\",\"date\":\"" + day + "\",\"principal\":\"" + insurer
                + "\",\"contract\":\"CT-" + (i / 2 % 50) + "\",\"product\":\"Santé\",\"periodFrom\":\"" + day + "\",\"periodTo\":\""
                + day.plusMonths(3).minusDays(1) + "\",\"amount\":" + premium(i / 2) + "}";
    }

    private static long premium(int quittance) {
        return 100_000 + quittance % 97 * 1_000L;
    }

    /** Event i: a claim on a day of 2026, paid by the next event. */
    private String claimEvent(int i) {
        String claim = "B" + run + "-S" + (i / 2);
        if (i % 2 == 1) {
            return "{\"type\":\"CLAIM_PAID\",\"reference\":\"B" + run + "-P" + (i / 2) + "\",\"date\":\"2026-12-31\",\"claim\":\"" + claim + "\"}";
        }
        LocalDate day = LocalDate.of(2026, 1, 5).plusDays(i / 2 % 350);
        return "{\"type\":\"CLAIM_VALIDATED\",\"reference\":\"" + claim + "\",\"date\":\"" + day + "\",\"principal\":\"" + insurer
                + "\",\"provider\":\"B" + run + "P" + (i / 2 % CONVENTIONS.length) + "\",\"invoice\":\"F" + i + "\",\"contract\":\"CT-" + (i / 2 % 50)
                + "\",\"careMonth\":\"" + day.toString().substring(0, 7) + "\",\"invoiceReceivedOn\":\"" + day
                + "\",\"amount\":" + (5_000 + random.nextInt(140_000)) + "}";
    }
}
