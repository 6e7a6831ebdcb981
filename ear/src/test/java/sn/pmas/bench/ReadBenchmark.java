package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Times the reads of a pool after a few years: six fiscal years, 5 000 accounts, N entries in the
 * last year, C claims on 20 principals (a quarter of them on the first one, whose current account
 * then has C/4 lines in the year). Each read is timed against a trivial GET of the same run, and
 * the trial balance and the positions are timed twice: on the small base first, then on the full
 * one, to show that their cost does not follow the volume.
 *
 * <p>Run: {@code ./pmas bench-reads [N] [C] [base-url]} (defaults 100000, 100000,
 * http://localhost:8080/pmas/), against a running server ({@code ./pmas run}). Then
 * {@code ./pmas bench-reads reads YEAR PRINCIPAL [base-url]} times the reads again on the base an
 * earlier run loaded (after a change of the application), and {@code ./pmas bench-reads claims
 * YEAR PRINCIPAL C [base-url]} books that run's claims from the 100th to the C-th. JDK only, with {@link BenchClient} beside it.
 */
public final class ReadBenchmark {

    private static final int YEARS = 6;
    private static final int ACCOUNTS = 5_000;
    private static final int PRINCIPALS = 20;
    private static final int BATCH = 1_000;
    /** The bank account takes one line in this many entries of the bench year. */
    private static final int BANK_EVERY = 40;
    private static final Pattern CODE = Pattern.compile("\"code\":\"");

    private final BenchClient client;
    private final Random random = new Random(11);
    private final String run;
    private final List<String> accounts = new ArrayList<>();
    private double baseline;

    private ReadBenchmark(URI base, String credentials, String run) {
        this.client = new BenchClient(base, credentials);
        this.run = run;
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("reads")) {
            ReadBenchmark benchmark = new ReadBenchmark(URI.create(args.length > 3 ? args[3] : "http://localhost:8080/pmas/"),
                    "accountant:compta2025", args[2].substring(1, args[2].indexOf('I')));
            benchmark.timeReads(Integer.parseInt(args[1]), args[2]);
            return;
        }
        if (args.length >= 4 && args[0].equals("claims")) {
            ReadBenchmark benchmark = new ReadBenchmark(URI.create(args.length > 4 ? args[4] : "http://localhost:8080/pmas/"),
                    "accountant:compta2025", args[2].substring(1, args[2].indexOf('I')));
            List<String> principals = new ArrayList<>();
            for (int i = 0; i < PRINCIPALS; i++) {
                principals.add("R" + benchmark.run + "I" + i);
            }
            long start = System.nanoTime();
            benchmark.book(principals, Integer.parseInt(args[1]), 100, Integer.parseInt(args[3]));
            System.out.printf("booked claims 100 to %s in %.0f s%n", args[3], BenchClient.seconds(start));
            return;
        }
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        URI base = URI.create(args.length > 2 ? args[2] : "http://localhost:8080/pmas/");
        new ReadBenchmark(base, "accountant:compta2025", Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase())
                .run(entries, claims);
    }

    private void run(int entries, int claims) throws Exception {
        int first = openYears();
        int year = first + YEARS - 1;
        int chart = openAccounts();
        System.out.printf("PMAS Ledger read benchmark: fiscal years %d-%d, %,d accounts in the chart, %,d entries and %,d claims "
                + "in %d, server %s%n", first, year, chart, entries, claims, year, client.base());
        long start = System.nanoTime();
        for (int y = first; y < year; y++) {
            post(y, entries / 50, "P" + y);
        }
        post(year, Math.min(BATCH, entries), "S");
        List<String> principals = openPrincipals(year);
        book(principals, year, 0, Math.min(100, claims));
        System.out.printf("loaded the earlier years and a first batch in %.0f s%n", BenchClient.seconds(start));

        baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline): %.1f ms%n", baseline);
        System.out.println("-- small base: " + Math.min(BATCH, entries) + " entries, " + Math.min(100, claims) + " claims in the year");
        timeTrialBalances(year);
        timePositions(year);

        start = System.nanoTime();
        post(year, entries - Math.min(BATCH, entries), "L");
        double postingSeconds = BenchClient.seconds(start);
        start = System.nanoTime();
        book(principals, year, Math.min(100, claims), claims);
        System.out.printf("posted %,d entries in %.0f s (%,.0f entries/s), booked %,d claims (half paid) in %.0f s%n",
                entries, postingSeconds, entries / postingSeconds, claims, BenchClient.seconds(start));

        System.out.printf("-- full base: %,d entries, %,d claims in the year (again: ./pmas bench-reads reads %d %s URL)%n",
                entries, claims, year, principals.get(0));
        timeReads(year, principals.get(0));
    }

    private void timeReads(int year, String principal) throws Exception {
        baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline): %.1f ms%n", baseline);
        timeTrialBalances(year);
        timePositions(year);
        String statement = "api/principals/%s/statement?from=%d-01-01&to=%d-12-31".formatted(principal, year, year);
        HttpResponse<String> json = client.get(statement);
        BenchClient.expect(200, json);
        System.out.printf("statement of %s: %,d lines in the year%n", principal, json.body().split("\"entryId\"").length - 1);
        client.report("principal statement, the year (JSON)", statement, baseline);
        client.report("principal statement, the year (PDF)", statement + "&format=pdf", baseline);
        // Every other claim is paid through 5211 on 20 December: over the year, or December, 5211 passes
        // the 50 000-line cap (400). November has the bench entries' bank lines only.
        client.report("account statement of 5211, November (JSON)",
                "api/accounts/5211/statement?from=%d-11-01&to=%d-11-30".formatted(year, year), baseline);
        client.report("account statement of 4581.%s, the year (JSON)".formatted(principal),
                "api/accounts/4581.%s/statement?from=%d-01-01&to=%d-12-31".formatted(principal, year, year), baseline);
    }

    private void timeTrialBalances(int year) throws Exception {
        client.report("trial balance, one month (%d-12)".formatted(year), "api/trial-balance?period=%d-12".formatted(year), baseline);
        client.report("trial balance, the year", "api/trial-balance?period=%d-01&toPeriod=%d-12".formatted(year, year), baseline);
        client.report("trial balance, 15 Mar-14 Sep", "api/trial-balance?from=%d-03-15&to=%d-09-14".formatted(year, year), baseline);
    }

    private void timePositions(int year) throws Exception {
        client.report("positions of every principal, 31 Dec", "api/principals?asOf=%d-12-31".formatted(year), baseline);
        client.report("positions of every principal, 15 Dec", "api/principals?asOf=%d-12-15".formatted(year), baseline);
    }

    /** Six consecutive fresh years from 2060 on (2040-2059 are the ledger benchmark's). */
    private int openYears() throws Exception {
        for (int first = 2060; first + YEARS <= 2100; first += YEARS) {
            HttpResponse<String> reply = client.post("api/fiscal-years", "{\"year\":" + first + "}");
            if (reply.statusCode() == 409) {
                continue;
            }
            BenchClient.expect(201, reply);
            for (int year = first + 1; year < first + YEARS; year++) {
                BenchClient.expect(201, client.post("api/fiscal-years", "{\"year\":" + year + "}"));
            }
            return first;
        }
        throw new IllegalStateException("no six free fiscal years between 2060 and 2099");
    }

    /** Expense and revenue sub-accounts (6389xxxx, 7089xxxx, kept from earlier runs) until the chart holds 5 000. */
    private int openAccounts() throws Exception {
        int others = count("api/accounts") - count("api/accounts?prefix=6389") - count("api/accounts?prefix=7089");
        int pairs = Math.max(1, (ACCOUNTS - others + 1) / 2);
        for (int i = 1; i <= pairs; i++) {
            for (String parent : List.of("6389", "7089")) {
                String code = parent + "%04d".formatted(i);
                HttpResponse<String> reply = client.post("api/accounts", "{\"code\":\"" + code + "\",\"name\":\"Banc de lecture " + code + "\"}");
                if (reply.statusCode() != 201 && reply.statusCode() != 409) {
                    throw new IllegalStateException("cannot open " + code + ": " + reply.body());
                }
                accounts.add(code);
            }
        }
        return count("api/accounts");
    }

    private int count(String accountsPath) throws Exception {
        HttpResponse<String> reply = client.get(accountsPath);
        BenchClient.expect(200, reply);
        return (int) CODE.matcher(reply.body()).results().count();
    }

    /** Fresh insurers with an agreement, funds received on 2 January, and one provider each. */
    private List<String> openPrincipals(int year) throws Exception {
        List<String> principals = new ArrayList<>();
        for (int i = 0; i < PRINCIPALS; i++) {
            String principal = "R" + run + "I" + i;
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + principal + "\",\"type\":\"INSURER\",\"name\":\"Banc " + principal + "\"}"));
            BenchClient.expect(201, client.post("api/principals/" + principal + "/agreements", "{\"validFrom\":\"" + year + "-01-01\","
                    + "\"targetLevel\":900000000000,\"floorAmount\":1000,\"singleClaimLimit\":100000000,\"feeRate\":0.14,"
                    + "\"feeBase\":\"COLLECTED_PREMIUMS\"}"));
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"R" + run + "P" + i + "\",\"type\":\"PROVIDER\",\"name\":\"Banc\","
                    + "\"conventionType\":\"PHARMACY\",\"paymentTermDays\":30}"));
            BenchClient.expect(201, client.post("api/sig/events", "{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"R" + run + "-F" + i
                    + "\",\"date\":\"" + year + "-01-02\",\"principal\":\"" + principal + "\",\"amount\":500000000000}"));
            principals.add(principal);
        }
        return principals;
    }

    /** Claims {@code from} to {@code to} (exclusive), each followed in its batch by the payment of every other one. */
    private void book(List<String> principals, int year, int from, int to) throws Exception {
        for (int start = from; start < to; start += BATCH / 2) {
            StringJoiner batch = new StringJoiner(",", "{\"events\":[", "]}");
            for (int i = start; i < Math.min(to, start + BATCH / 2); i++) {
                batch.add(claim(principals, year, i));
                if (i % 2 == 1) {
                    batch.add("{\"type\":\"CLAIM_PAID\",\"reference\":\"R" + run + "-P" + i + "\",\"date\":\"" + year
                            + "-12-20\",\"claim\":\"R" + run + "-S" + i + "\"}");
                }
            }
            BenchClient.expect(200, client.post("api/sig/events/batch", batch.toString()));
        }
    }

    /** Claim i: a quarter go to the first principal, the rest spread over the others, on a day of the year. */
    private String claim(List<String> principals, int year, int i) {
        int principal = i % 4 == 0 ? 0 : 1 + i % (PRINCIPALS - 1);
        LocalDate day = LocalDate.of(year, 1, 5).plusDays(i % 340);
        return "{\"type\":\"CLAIM_VALIDATED\",\"reference\":\"R" + run + "-S" + i + "\",\"date\":\"" + day + "\",\"principal\":\""
                + principals.get(principal) + "\",\"provider\":\"R" + run + "P" + principal + "\",\"invoice\":\"F" + i
                + "\",\"careMonth\":\"" + day.toString().substring(0, 7) + "\",\"invoiceReceivedOn\":\"" + day
                + "\",\"amount\":" + (5_000 + random.nextInt(140_000)) + "}";
    }

    /** {@code count} entries into {@code year}, in batches. */
    private void post(int year, int count, String series) throws Exception {
        for (int from = 0; from < count; from += BATCH) {
            StringJoiner batch = new StringJoiner(",", "[", "]");
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                batch.add(entry(year, series + i, i % BANK_EVERY == 0));
            }
            BenchClient.expect(201, client.post("api/entries/batch", batch.toString()));
        }
    }

    /** An expense paid by a revenue account, or through the bank every BANK_EVERY entries. */
    private String entry(int year, String reference, boolean bank) {
        String debit = accounts.get(2 * random.nextInt(accounts.size() / 2));
        String credit = bank ? "5211" : accounts.get(2 * random.nextInt(accounts.size() / 2) + 1);
        long amount = 1_000 + random.nextInt(4_999_000);
        LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
        return "{\"journalCode\":\"OD\",\"entryDate\":\"" + date + "\",\"source\":\"BENCH\",\"sourceReference\":\"R" + run + "-" + reference
                + "\",\"description\":\"Écriture de banc de lecture\",\"lines\":[{\"accountCode\":\"" + debit + "\",\"debit\":" + amount
                + "},{\"accountCode\":\"" + credit + "\",\"credit\":" + amount + "}]}";
    }
}
