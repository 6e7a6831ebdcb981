package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts N synthetic balanced entries (2-4 lines, 5 000 accounts, one fresh fiscal year) into a
 * running server through the posting service, then times the trial balance and statements.
 * Figures are quoted against baselines measured in the same run: single-entry posting from one
 * client for the bulk rate and for 16 concurrent clients, a trivial authenticated GET for the queries.
 *
 * <p>Run: {@code ./pmas bench [N] [base-url] [first-year]} (defaults 100000, http://localhost:8080/pmas/,
 * 2040): the first free year from {@code first-year} on takes the entries. Choose it after every
 * year of the base, or its postings also update the brought-forward totals of the later years.
 * JDK only: {@code java File.java} runs it, with {@link BenchClient} beside it.
 */
public final class LedgerBenchmark {

    private static final int BATCH = 1_000;
    private static final int SINGLE_BASELINE = 500;
    /** A pool after a few years: hundreds of providers and groups, each with its own account. */
    private static final int ACCOUNTS = 5_000;
    private static final int CLIENTS = 16;
    /** Batches posted at once in the second half of the bulk: one per core of the machine this was measured on. */
    private static final int BATCH_STREAMS = 2;
    private static final int CONCURRENT_SINGLES = 4_000;
    private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totals\":\\{[^}]*?\"credit\":(\\d+),\"debit\":(\\d+)");

    private final BenchClient client;
    private final Random random = new Random(42);
    private final List<String> accounts = new ArrayList<>();

    private LedgerBenchmark(URI base, String credentials) {
        this.client = new BenchClient(base, credentials);
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        URI base = URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/");
        int firstYear = args.length > 2 ? Integer.parseInt(args[2]) : 2040;
        new LedgerBenchmark(base, "accountant:compta2025").run(entries, firstYear);
    }

    private void run(int entries, int firstYear) throws Exception {
        int year = openFreshYear(firstYear);
        openAccounts();
        System.out.printf("PMAS Ledger benchmark: %,d entries into fiscal year %d, %d accounts, server %s%n",
                entries, year, accounts.size(), client.base());

        int single = Math.min(SINGLE_BASELINE, entries);
        long start = System.nanoTime();
        for (int i = 0; i < single; i++) {
            BenchClient.expect(201, client.post("api/entries", entry(year, i)));
        }
        double singleRate = single / BenchClient.seconds(start);
        int half = single + (entries - single) / 2 / BATCH * BATCH;
        double bulkRate = postBatches(year, single, half, 1);
        double parallelRate = postBatches(year, half, entries, BATCH_STREAMS);
        System.out.printf("posting, one entry per request (baseline): %,.0f entries/s%n", singleRate);
        System.out.printf("posting, batches of %,d:                   %,.0f entries/s (%.1f x baseline)%n",
                BATCH, bulkRate, bulkRate / singleRate);
        System.out.printf("posting, batches of %,d, %d at a time:      %,.0f entries/s (%.1f x baseline)%n",
                BATCH, BATCH_STREAMS, parallelRate, parallelRate / singleRate);
        concurrentSingles(year, entries, singleRate);

        double baseline = client.medianMillis("api/accounts/5211");
        System.out.printf("trivial authenticated GET (baseline):       %.1f ms%n", baseline);
        String month = "%d-06".formatted(year);
        client.report("trial balance, one month (" + month + ")", "api/trial-balance?period=" + month, baseline);
        client.report("trial balance, the year", "api/trial-balance?period=%d-01&toPeriod=%d-12".formatted(year, year), baseline);
        client.report("trial balance, 15 Mar-14 Sep (line scan at both ends)",
                "api/trial-balance?from=%d-03-15&to=%d-09-14".formatted(year, year), baseline);
        client.report("statement of " + accounts.get(0) + ", the year",
                "api/accounts/%s/statement?from=%d-01-01&to=%d-12-31".formatted(accounts.get(0), year, year), baseline);
        client.report("statement of 5211, one month", "api/accounts/5211/statement?from=%d-06-01&to=%d-06-30".formatted(year, year),
                baseline);
        // issue 10: the SYCEBNL statements (the year and the year before) and the fiscal package, at most 2 s and 5 s at 10^6 entries
        client.report("financial statements (bilan, CR, TFT, N and N-1)", "api/financial-statements/" + year, baseline);
        client.report("fiscal package, XLSX (draft)", "api/financial-statements/%d/package?format=xlsx".formatted(year), baseline);
        HttpResponse<String> yearBalance = client.get("api/trial-balance?period=%d-01&toPeriod=%d-12".formatted(year, year));
        Matcher totals = TOTAL.matcher(yearBalance.body());
        if (!totals.find() || !totals.group(1).equals(totals.group(2))) {
            throw new IllegalStateException("the year does not balance: " + yearBalance.body());
        }
        System.out.printf("year totals: debit = credit = %,d F%n", Long.parseLong(totals.group(1)));
    }

    /**
     * Entries {@code from} to {@code to} in batches, {@code streams} clients posting one batch after
     * the other (a bulk import split over connections): the rate of the whole.
     */
    private double postBatches(int year, int from, int to, int streams) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(streams)) {
            for (int c = 0; c < streams; c++) {
                clients.add(pool.submit(() -> {
                    for (int first = next.getAndAdd(BATCH); first < to; first = next.getAndAdd(BATCH)) {
                        StringJoiner batch = new StringJoiner(",", "[", "]");
                        for (int i = first; i < Math.min(to, first + BATCH); i++) {
                            batch.add(entry(year, i));
                        }
                        BenchClient.expect(201, client.post("api/entries/batch", batch.toString()));
                    }
                    return null;
                }));
            }
        }
        for (Future<?> done : clients) {
            done.get();
        }
        return (to - from) / BenchClient.seconds(start);
    }

    private int openFreshYear(int firstYear) throws Exception {
        for (int year = firstYear; year < firstYear + 60; year++) {
            HttpResponse<String> reply = client.post("api/fiscal-years", "{\"year\":" + year + "}");
            if (reply.statusCode() == 201) {
                return year;
            }
            if (reply.statusCode() != 409) {
                throw new IllegalStateException("cannot open a fiscal year: " + reply.statusCode() + " " + reply.body());
            }
        }
        throw new IllegalStateException("no free fiscal year in the 60 from " + firstYear);
    }

    /**
     * {@link #CLIENTS} accountants each post single entries, one request after the other, all at
     * once: the rate of the whole and each request's latency (p50, p99), against one client's rate.
     */
    private void concurrentSingles(int year, int firstIndex, double singleRate) throws Exception {
        List<Future<long[]>> clients = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                int first = firstIndex + c;
                clients.add(pool.submit(() -> {
                    long[] latencies = new long[CONCURRENT_SINGLES / CLIENTS];
                    for (int i = 0; i < latencies.length; i++) {
                        String entry = entry(year, first + i * CLIENTS);
                        long sent = System.nanoTime();
                        BenchClient.expect(201, client.post("api/entries", entry));
                        latencies[i] = System.nanoTime() - sent;
                    }
                    return latencies;
                }));
            }
        }
        double seconds = BenchClient.seconds(start);
        long[] all = new long[0];
        for (Future<long[]> latencies : clients) {
            long[] more = latencies.get();
            all = Arrays.copyOf(all, all.length + more.length);
            System.arraycopy(more, 0, all, all.length - more.length, more.length);
        }
        Arrays.sort(all);
        double rate = all.length / seconds;
        System.out.printf("posting, one entry per request, %d clients: %,.0f entries/s (%.1f x baseline), p50 %.1f ms, p99 %.1f ms%n",
                CLIENTS, rate, rate / singleRate, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }

    /**
     * 150 expense and 150 revenue sub-accounts, then more of each up to {@link #ACCOUNTS} (kept from
     * earlier runs), and the bank account.
     */
    private void openAccounts() throws Exception {
        for (String parent : List.of("638", "708")) {
            for (int i = 1; i <= 150; i++) {
                accounts.add(parent + "%03d".formatted(i));
            }
            // 6389xxxx: no 638nnn above prefixes it, so each opens under 638 itself.
            for (int i = 1; i <= ACCOUNTS / 2 - 150; i++) {
                accounts.add(parent + "9%04d".formatted(i));
            }
        }
        accounts.add("5211");
        Set<String> existing = new HashSet<>();
        for (String prefix : List.of("638", "708")) {
            Matcher code = CODE.matcher(client.get("api/accounts?prefix=" + prefix).body());
            while (code.find()) {
                existing.add(code.group(1));
            }
        }
        for (String code : accounts) {
            if (!existing.contains(code) && !code.equals("5211")) {
                HttpResponse<String> reply = client.post("api/accounts", "{\"code\":\"" + code + "\",\"name\":\"Banc d'essai " + code + "\"}");
                if (reply.statusCode() != 201 && reply.statusCode() != 409) {
                    throw new IllegalStateException("cannot open " + code + ": " + reply.body());
                }
            }
        }
    }

    /** 1 to 3 debit lines on distinct accounts, balanced by one credit line. */
    private String entry(int year, int index) {
        int debits = 1 + random.nextInt(3);
        List<String> picked = new ArrayList<>();
        while (picked.size() < debits + 1) {
            String account = accounts.get(random.nextInt(accounts.size()));
            if (!picked.contains(account)) {
                picked.add(account);
            }
        }
        StringJoiner lines = new StringJoiner(",");
        long total = 0;
        for (int d = 0; d < debits; d++) {
            long amount = 1_000 + random.nextInt(4_999_000);
            total += amount;
            lines.add("{\"accountCode\":\"" + picked.get(d) + "\",\"debit\":" + amount + "}");
        }
        lines.add("{\"accountCode\":\"" + picked.get(debits) + "\",\"credit\":" + total + "}");
        LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
        return "{\"journalCode\":\"OD\",\"entryDate\":\"" + date + "\",\"source\":\"BENCH\",\"sourceReference\":\"B" + year
                + "-" + index + "\",\"description\":\"Écriture de banc d'essai " + index + "\",\"lines\":[" + lines + "]}";
    }







}
