package sn.pmas.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the release planner on a running server ({@code ./pmas run}), JDK only:
 * {@code ./pmas bench-cheques [N] [URL]}. A fresh bank account (its own ledger accounts and books),
 * a fresh insurer with N member claims of 2026, the weekly batch written into N cheques in one
 * request, each cheque signed (held), then the proposal over the N held cheques and the
 * Tableau des chèques bloqués (JSON), as ratios of a trivial GET.
 */
public final class ChequeBenchmark {

    private static final int BATCH = 1_000;
    private static final int LEAVES = 500;
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([A-Z0-9-]+)\"");

    private final BenchClient client;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000L);

    private ChequeBenchmark(URI base, String credentials) {
        this.client = new BenchClient(base, credentials);
    }

    public static void main(String[] args) throws Exception {
        int cheques = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        URI base = URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/");
        new ChequeBenchmark(base, "accountant:compta2025").run(cheques);
    }

    private void run(int count) throws Exception {
        String principal = "BQ" + run;
        String bank = "BENCH-" + run;
        String ledger = "5213" + String.format("%06d", Integer.parseInt(run));
        String issued = "5219" + String.format("%06d", Integer.parseInt(run));
        BenchClient.expect(201, client.post("api/accounts", "{\"code\":\"" + ledger + "\",\"name\":\"Banque banc " + run + "\"}"));
        BenchClient.expect(201, client.post("api/accounts", "{\"code\":\"" + issued + "\",\"name\":\"Chèques émis banc " + run + "\"}"));
        BenchClient.expect(201, client.post("api/bank-accounts", "{\"code\":\"" + bank + "\",\"bankName\":\"Banque du banc\",\"accountNumber\":\"B-"
                + run + "\",\"ledgerAccount\":\"" + ledger + "\",\"issuedAccount\":\"" + issued + "\",\"principalsMoney\":true}"));
        for (long first = 1; first <= count; first += LEAVES) {
            BenchClient.expect(201, client.post("api/bank-accounts/" + bank + "/cheque-books", "{\"firstNumber\":" + first
                    + ",\"lastNumber\":" + (first + LEAVES - 1) + ",\"receivedOn\":\"2026-01-02\"}"));
        }
        BenchClient.expect(201, client.post("api/entries", "{\"journalCode\":\"BQ\",\"entryDate\":\"2026-01-02\",\"source\":\"BENCH\","
                + "\"sourceReference\":\"BANK-" + run + "\",\"description\":\"Banc\",\"lines\":[{\"accountCode\":\"" + ledger
                + "\",\"debit\":" + (count * 40_000L) + "},{\"accountCode\":\"5211\",\"credit\":" + (count * 40_000L) + "}]}"));
        BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + principal + "\",\"type\":\"INSURER\",\"name\":\"Banc " + principal + "\"}"));
        BenchClient.expect(201, client.post("api/principals/" + principal + "/agreements", "{\"validFrom\":\"2026-01-01\",\"targetLevel\":900000000000,"
                + "\"floorAmount\":1000,\"singleClaimLimit\":100000000,\"feeRate\":0.14,\"feeBase\":\"COLLECTED_PREMIUMS\"}"));
        BenchClient.expect(201, client.post("api/sig/events", "{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"BQ" + run
                + "-F\",\"date\":\"2026-01-02\",\"principal\":\"" + principal + "\",\"amount\":500000000000}"));
        for (int from = 0; from < count; from += BATCH) {
            StringJoiner batch = new StringJoiner(",", "{\"events\":[", "]}");
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                batch.add("{\"type\":\"CLAIM_VALIDATED\",\"reference\":\"BQ" + run + "-S" + i + "\",\"date\":\"2026-01-0" + (5 + i % 4)
                        + "\",\"principal\":\"" + principal + "\",\"member\":\"Adhérent " + i + "\",\"invoice\":\"RD-" + i
                        + "\",\"careMonth\":\"2025-12\",\"invoiceReceivedOn\":\"2026-01-03\",\"medicalValidation\":true,\"amount\":"
                        + (5_000 + i % 97 * 500) + "}");
            }
            BenchClient.expect(200, client.post("api/sig/events/batch", batch.toString()));
        }
        long start = System.nanoTime();
        var written = client.post("api/cheques/members", "{\"bankAccount\":\"" + bank + "\",\"weekEnding\":\"2026-01-09\",\"principal\":\""
                + principal + "\"}");
        BenchClient.expect(201, written);
        double prepared = BenchClient.seconds(start);
        List<String> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(written.body());
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        start = System.nanoTime();
        for (String reference : references) {
            BenchClient.expect(200, client.post("api/cheques/" + reference + "/held", "{\"date\":\"2026-01-10\"}"));
        }
        double held = BenchClient.seconds(start);
        System.out.printf("PMAS Ledger release planner benchmark: %,d held cheques on %s, server %s%n", references.size(), bank, client.base());
        System.out.printf("weekly batch written into %,d cheques (one request):  %.1f s%n", references.size(), prepared);
        System.out.printf("cheques signed one per request:                  %,.0f cheques/s%n", references.size() / held);
        double baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline):  %.1f ms%n", baseline);
        client.report("release proposal over " + references.size() + " held cheques",
                "api/bank-accounts/" + bank + "/release-proposal?date=2026-01-12", baseline);
        client.report("tableau des chèques bloqués (JSON)", "api/bank-accounts/" + bank + "/held-cheques?asOf=2026-01-12", baseline);
    }
}
