package sn.pmas.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 10's audit targets on a year already loaded (by {@code ./pmas bench N URL YEAR}): the
 * sealing of its entries, the verification of its hash chains, and its journal file streamed to
 * the end, each quoted against the balance générale of the same year measured in the same run.
 *
 * <p>Run: {@code ./pmas bench-audit YEAR [base-url]}. JDK only, with {@link BenchClient} beside it.
 */
public final class AuditBenchmark {

    private static final Pattern ENTRIES = Pattern.compile("\"entries\":(\\d+)");
    private static final Pattern LINES = Pattern.compile("\"lines\":(\\d+)");
    private static final Pattern BREAK = Pattern.compile("\"firstBreak\"");

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int year = Integer.parseInt(args[0]);
        BenchClient client = new BenchClient(URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/"), "auditor:audit2025");
        System.out.printf("PMAS Ledger audit benchmark: fiscal year %d, server %s%n", year, client.base());
        double baseline = client.medianMillis("api/trial-balance?from=" + year + "-01-01&to=" + year + "-12-31");
        System.out.printf("%-52s warm median %9.1f ms (baseline)%n", "balance générale of the year", baseline);

        String chain = "api/audit/chain?year=" + year;
        long start = System.nanoTime();
        HttpResponse<String> first = client.get(chain);
        BenchClient.expect(200, first);
        double sealAndVerify = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        HttpResponse<String> again = client.get(chain);
        BenchClient.expect(200, again);
        double verify = (System.nanoTime() - start) / 1e6;
        if (BREAK.matcher(again.body()).find()) {
            throw new IllegalStateException("the chain of " + year + " is broken: " + again.body());
        }
        System.out.printf("%-52s %9.1f ms (%.1f x baseline)%n", "sealing what waits + verification (first call)", sealAndVerify,
                sealAndVerify / baseline);
        System.out.printf("%-52s %9.1f ms (%.1f x baseline), %s entries, %s lines%n", "verification of the year's chains", verify,
                verify / baseline, number(ENTRIES, again.body()), number(LINES, again.body()));

        start = System.nanoTime();
        HttpResponse<InputStream> file = client.http().send(client.request("api/audit/journal?year=" + year).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long rows = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = file.body()) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
            }
        }
        double download = (System.nanoTime() - start) / 1e6;
        if (file.statusCode() != 200) {
            throw new IllegalStateException("the journal file answered " + file.statusCode());
        }
        System.out.printf("%-52s %9.1f ms (%.1f x baseline), %,d rows, %,d bytes%n", "journal file of the year, streamed to the end",
                download, download / baseline, rows - 1, bytes);
    }

    private static String number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() ? String.format("%,d", Long.parseLong(matcher.group(1))) : "?";
    }
}
