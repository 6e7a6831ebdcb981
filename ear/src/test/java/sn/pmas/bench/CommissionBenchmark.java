package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 9's performance targets (docs/commissions.md, docs/provider-incentive.md): the front-office
 * commission preview of a quarter of 200 subscriber groups and 100 000 collections, and the
 * providers' incentive preview of a year of 500 public providers and 1 000 000 claims, each
 * ≤ 2 s. Everything is loaded through the public REST API (parties, agreements, SIG events in
 * batches of 1 000), then each preview is timed (cold first call, median of 7 warm ones) against a
 * trivial authenticated GET of the same run.
 *
 * <p>The previews refuse a quarter or a year that has not ended (the server's clock), so the
 * periods are past ones:
 * <ul>
 *   <li>the commission quarter is the one after the last confirmed front-office run (the demo
 *       confirms 2025's four: 2026-Q1 on a fresh demo database), as an agreement may not start in
 *       or before a confirmed quarter; the preview takes every collection not yet in a run, so a
 *       second run on the same database previews its own collections plus the first run's
 *       (confirm the quarter, or use a fresh database, to measure 100 000 again);</li>
 *   <li>the incentive year is the latest fiscal year from 2024 down to 2014 the ledger does not have
 *       yet (the medical validation threshold a claim needs starts in April 2013): every run takes a year of its own.</li>
 * </ul>
 *
 * <p>Run: {@code ./pmas bench-commissions [COLLECTIONS] [CLAIMS...] [base-url]} (defaults 100000,
 * 1000000, http://localhost:8080/pmas/). Several claim counts ({@code 100000 300000 1000000})
 * time the incentive preview at each size as the year fills. {@code QUARTER=2026-Q2} and
 * {@code YEAR=2023} (environment) choose the periods; {@code COLLECTIONS=0} skips the
 * commissions, a single claim count of 0 the incentive. {@code ./pmas bench-commissions previews QUARTER
 * YEAR [base-url]} times both previews again on what an earlier run loaded. JDK only, with {@link BenchClient} beside it.
 */
public final class CommissionBenchmark {

    private static final int GROUPS = 200;
    private static final int PROVIDERS = 500;
    private static final int BATCH = 1_000;
    private static final Pattern QUARTER = Pattern.compile("\"quarter\":\"(\\d{4})-Q(\\d)\"");

    private final BenchClient client;
    private final Random random = new Random(9);
    private final String run;
    private double baseline;

    private CommissionBenchmark(URI base, String credentials, String run) {
        this.client = new BenchClient(base, credentials);
        this.run = run;
    }

    public static void main(String[] args) throws Exception {
        List<String> numbers = new ArrayList<>(Arrays.asList(args));
        URI base = URI.create(!numbers.isEmpty() && numbers.get(numbers.size() - 1).startsWith("http")
                ? numbers.remove(numbers.size() - 1) : "http://localhost:8080/pmas/");
        int collections = numbers.isEmpty() || numbers.get(0).equals("previews") ? 100_000 : Integer.parseInt(numbers.get(0));
        List<Integer> claims = numbers.size() > 1 && !numbers.get(0).equals("previews")
                ? numbers.subList(1, numbers.size()).stream().map(Integer::parseInt).toList() : List.of(1_000_000);
        CommissionBenchmark benchmark = new CommissionBenchmark(base, "accountant:compta2025",
                Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase());
        benchmark.baseline = benchmark.client.medianMillis("api/accounts/5211");
        System.out.printf("PMAS Ledger issue 9 benchmark, server %s, run %s; trivial authenticated GET (baseline): %.1f ms%n",
                base, benchmark.run, benchmark.baseline);
        if (!numbers.isEmpty() && numbers.get(0).equals("previews")) {
            benchmark.client.report("front-office commission preview, " + numbers.get(1),
                    "api/commissions/front-office/" + numbers.get(1) + "/preview", benchmark.baseline);
            benchmark.client.report("incentive preview, " + numbers.get(2), "api/provider-incentive/" + numbers.get(2) + "/preview",
                    benchmark.baseline);
            return;
        }
        if (collections > 0) {
            benchmark.commissions(collections);
        }
        if (claims.get(claims.size() - 1) > 0) {
            benchmark.incentive(claims);
        }
    }

    // ---------------------------------------------------------------- commissions

    private void commissions(int collections) throws Exception {
        String quarter = System.getenv().getOrDefault("QUARTER", nextQuarter());
        int year = Integer.parseInt(quarter.substring(0, 4));
        LocalDate first = YearMonth.of(year, 3 * (quarter.charAt(6) - '1') + 1).atDay(1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        openYear(year);
        long start = System.nanoTime();
        String insurer = "C" + run + "I";
        principal(insurer, first, 1_000_000);
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            String group = "C" + run + "G" + g;
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + group + "\",\"type\":\"SUBSCRIBER_GROUP\",\"name\":\"Banc groupe "
                    + g + "\"}"));
            BenchClient.expect(201, client.post("api/commissions/agreements/" + group, "{\"validFrom\":\"" + first + "\",\"rate\":0.0"
                    + (5 + g % 3) + "}"));
            if (g % 4 == 0) { // a quarter of them change rate mid-quarter: two segments
                BenchClient.expect(201, client.post("api/commissions/agreements/" + group, "{\"validFrom\":\"" + first.plusDays(45)
                        + "\",\"rate\":0.08}"));
            }
            groups.add(group);
        }
        System.out.printf("commissions %s: %d groups with agreements (a quarter with two versions) in %.0f s%n", quarter, GROUPS,
                BenchClient.seconds(start));
        start = System.nanoTime();
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        for (int from = 0; from < collections; from += BATCH / 2) {
            StringJoiner batch = new StringJoiner(",", "{\"events\":[", "]}");
            for (int i = from; i < Math.min(collections, from + BATCH / 2); i++) {
                LocalDate day = first.plusDays(i % days);
                long premium = 10_000 + random.nextInt(490_000);
                batch.add("{\"type\":\"PREMIUM_ISSUED\",\"reference\":\"C" + run + "-Q" + i + "\",\"date\":\"" + first + "\",\"principal\":\""
                        + insurer + "\",\"contract\":\"CT-" + run + "-" + i % (GROUPS * 5) + "\",\"subscriberGroup\":\"" + groups.get(i % GROUPS)
                        + "\",\"product\":\"Santé groupe\",\"periodFrom\":\"" + first + "\",\"periodTo\":\"" + last + "\",\"amount\":" + premium
                        + ",\"policyCosts\":2000,\"taxes\":1000}");
                batch.add("{\"type\":\"PREMIUM_COLLECTED\",\"reference\":\"C" + run + "-E" + i + "\",\"date\":\"" + day + "\",\"premium\":\"C"
                        + run + "-Q" + i + "\",\"amount\":" + (premium + 3_000) + "}");
            }
            BenchClient.expect(200, client.post("api/sig/events/batch", batch.toString()));
        }
        double seconds = BenchClient.seconds(start);
        System.out.printf("booked %,d quittances and their %,d collections in %.0f s (%,.0f events/s)%n", collections, collections,
                seconds, 2 * collections / seconds);
        String preview = "api/commissions/front-office/" + quarter + "/preview";
        HttpResponse<String> json = client.get(preview);
        BenchClient.expect(200, json);
        System.out.printf("preview of %s: %,d lines, %,d collections, %,d bytes of JSON%n", quarter, count(json.body(), "\"partyCode\""),
                count(json.body(), "\"quittance\""), json.body().length());
        baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline): %.1f ms%n", baseline);
        client.report("front-office commission preview, %,d collections".formatted(collections), preview, baseline);
    }

    /** The quarter after the last confirmed front-office run, or the last ended quarter when none. */
    private String nextQuarter() throws Exception {
        HttpResponse<String> runs = client.get("api/commissions/runs?kind=FRONT_OFFICE");
        BenchClient.expect(200, runs);
        int latest = 0;
        Matcher m = QUARTER.matcher(runs.body());
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1);
        }
        if (latest == 0) {
            LocalDate today = LocalDate.now();
            latest = today.getYear() * 4 + (today.getMonthValue() - 1) / 3 - 1;
        }
        int next = latest + 1;
        return (next / 4) + "-Q" + (next % 4 + 1);
    }

    // ---------------------------------------------------------------- incentive

    private void incentive(List<Integer> stages) throws Exception {
        int year = System.getenv().containsKey("YEAR") ? Integer.parseInt(System.getenv("YEAR")) : freeYear();
        openYear(year);
        long start = System.nanoTime();
        String insurer = "N" + run + "I";
        principal(insurer, LocalDate.of(year, 1, 1), 900_000_000_000L);
        List<String> providers = new ArrayList<>();
        for (int p = 0; p < PROVIDERS; p++) {
            String provider = "N" + run + "P" + p;
            BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + provider + "\",\"type\":\"PROVIDER\",\"name\":\"Banc prestataire "
                    + p + "\",\"conventionType\":\"" + (p % 2 == 0 ? "HOSPITAL" : "PUBLIC_FACILITY") + "\",\"paymentTermDays\":30}"));
            providers.add(provider);
        }
        System.out.printf("incentive %d: %d public providers (half hospitals) and a principal in %.0f s%n", year, PROVIDERS,
                BenchClient.seconds(start));
        String preview = "api/provider-incentive/" + year + "/preview";
        int booked = 0;
        for (int stage : stages) {
            start = System.nanoTime();
            for (int from = booked; from < stage; from += BATCH) {
                StringJoiner batch = new StringJoiner(",", "{\"events\":[", "]}");
                for (int i = from; i < Math.min(stage, from + BATCH); i++) {
                    batch.add(claim(insurer, providers, year, i));
                }
                BenchClient.expect(200, client.post("api/sig/events/batch", batch.toString()));
            }
            double seconds = BenchClient.seconds(start);
            System.out.printf("booked claims %,d to %,d in %.0f s (%,.0f events/s)%n", booked, stage, seconds, (stage - booked) / seconds);
            booked = stage;
            HttpResponse<String> json = client.get(preview);
            BenchClient.expect(200, json);
            System.out.printf("preview of %d: %,d ranked providers, %,d bytes of JSON%n", year, count(json.body(), "\"scorePoints\""),
                    json.body().length());
            baseline = client.medianMillis("api/accounts/5211");
            System.out.printf("trivial authenticated GET (baseline): %.1f ms%n", baseline);
            client.report("incentive preview, %,d claims".formatted(stage), preview, baseline);
        }
    }

    /**
     * Claim i: of one of the providers, care in one month of the year, the invoice received 0 to 50
     * days after the month's end (late beyond 30), validated on receipt; one in 20 rejected, one in
     * 20 a member's claim for care at the provider (direct reimbursement).
     */
    private String claim(String insurer, List<String> providers, int year, int i) {
        String provider = providers.get((i * 7 + i / PROVIDERS) % PROVIDERS);
        YearMonth care = YearMonth.of(year, 1 + i % 12);
        LocalDate received = care.atEndOfMonth().plusDays(random.nextInt(51));
        if (received.getYear() > year) {
            received = LocalDate.of(year, 12, 31);
        }
        long amount = 5_000 + random.nextInt(140_000);
        String common = "\"principal\":\"" + insurer + "\",\"provider\":\"" + provider + "\",\"careMonth\":\"" + care
                + "\",\"invoiceReceivedOn\":\"" + received + "\",\"amount\":" + amount;
        return switch (i % 20) {
            case 7 -> "{\"type\":\"CLAIM_REJECTED\",\"reference\":\"N" + run + "-R" + i + "\",\"date\":\"" + received + "\",\"invoice\":\"FR"
                    + i + "\",\"label\":\"Actes non couverts\"," + common + "}";
            case 13 -> "{\"type\":\"CLAIM_VALIDATED\",\"reference\":\"N" + run + "-M" + i + "\",\"date\":\"" + received + "\",\"member\":\"Adhérent "
                    + i % 10_000 + "\",\"invoice\":\"RD" + i + "\"," + common + "}";
            default -> "{\"type\":\"CLAIM_VALIDATED\",\"reference\":\"N" + run + "-S" + i + "\",\"date\":\"" + received + "\",\"invoice\":\"F"
                    + i + "\"," + common + "}";
        };
    }

    /** Opens the latest year from 2024 down to 2014 the ledger does not have yet. */
    private int freeYear() throws Exception {
        for (int year = 2024; year >= 2014; year--) {
            HttpResponse<String> reply = client.post("api/fiscal-years", "{\"year\":" + year + "}");
            if (reply.statusCode() != 409) {
                BenchClient.expect(201, reply);
                return year;
            }
        }
        throw new IllegalStateException("no free fiscal year between 2014 and 2024");
    }

    // ---------------------------------------------------------------- common

    private void openYear(int year) throws Exception {
        HttpResponse<String> reply = client.post("api/fiscal-years", "{\"year\":" + year + "}");
        if (reply.statusCode() != 201 && reply.statusCode() != 409) {
            BenchClient.expect(201, reply);
        }
    }

    /** A fresh insurer with an agreement from {@code from} and funds received that day. */
    private void principal(String code, LocalDate from, long funds) throws Exception {
        BenchClient.expect(201, client.post("api/parties", "{\"code\":\"" + code + "\",\"type\":\"INSURER\",\"name\":\"Banc " + code + "\"}"));
        BenchClient.expect(201, client.post("api/principals/" + code + "/agreements", "{\"validFrom\":\"" + from + "\","
                + "\"targetLevel\":900000000000,\"floorAmount\":1000,\"singleClaimLimit\":100000000,\"feeRate\":0.14,"
                + "\"feeBase\":\"COLLECTED_PREMIUMS\"}"));
        BenchClient.expect(200, client.post("api/sig/events/batch", "{\"events\":[{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"" + code
                + "-F\",\"date\":\"" + from + "\",\"principal\":\"" + code + "\",\"amount\":" + funds + "}]}"));
    }

    private static int count(String body, String key) {
        int n = 0;
        for (int at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
            n++;
        }
        return n;
    }
}
