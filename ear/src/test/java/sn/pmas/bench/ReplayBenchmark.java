package sn.pmas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the same request from 20 clients at once, for each write path that carries an
 * idempotency key (an entry, a SIG event, a batch of events, a file of events), a few rounds each,
 * and counts the answers by status: exactly one booking is expected, the others replays (200),
 * never a 5xx. JDK only: {@code ./pmas bench-replays [ROUNDS] [URL]} against a running server
 * ({@code ./pmas run}, demo data: year 2026 open, ASKIA with an agreement).
 */
public final class ReplayBenchmark {

    private static final int CLIENTS = 20;
    private static final String CSV = "text/csv";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString("accountant:compta2025".getBytes(StandardCharsets.UTF_8));
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private ReplayBenchmark(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        URI base = URI.create(args.length > 1 ? args[1] : "http://localhost:8080/pmas/");
        new ReplayBenchmark(base).run(rounds);
    }

    private void run(int rounds) throws Exception {
        System.out.printf("PMAS Ledger replay benchmark: %d identical requests at once, %d rounds per path, server %s%n", CLIENTS, rounds, base);
        System.out.printf("%-34s %s%n", "path", "answers by status over all rounds (expected: 201 or 200 once per round, 200 for the others, no 5xx)");
        int serverErrors = 0;
        for (String path : List.of("api/entries", "api/sig/events", "api/sig/events/batch", "api/sig/imports")) {
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int round = 0; round < rounds; round++) {
                String reference = "RPL-" + run + "-" + path.length() + "-" + round;
                for (int status : sendAtOnce(path, body(path, reference))) {
                    statuses.merge(status, 1, Integer::sum);
                }
            }
            int errors = statuses.entrySet().stream().filter(s -> s.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
            serverErrors += errors;
            System.out.printf("%-34s %s  -> %d x 5xx of %d%n", "POST /" + path, statuses, errors, rounds * CLIENTS);
        }
        System.out.printf("total 5xx: %d of %d requests%n", serverErrors, 4 * rounds * CLIENTS);
    }

    private List<Integer> sendAtOnce(String path, String body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(clients.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(3))
                            .header("Authorization", authorization)
                            .header("Content-Type", path.endsWith("imports") ? CSV : "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
    }

    /** Money from the bank to ASKIA's current account: the same figures whether posted by hand or received through the SIG. */
    private static String body(String path, String reference) {
        String event = "{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"" + reference + "\",\"date\":\"2026-02-10\",\"principal\":\"ASKIA\",\"amount\":1000}";
        return switch (path) {
            case "api/entries" -> "{\"journalCode\":\"BQ\",\"entryDate\":\"2026-02-10\",\"source\":\"BENCH\",\"sourceReference\":\"" + reference
                    + "\",\"description\":\"Banc de rejeu\",\"lines\":[{\"accountCode\":\"5211\",\"debit\":1000},{\"accountCode\":\"4581.ASKIA\",\"credit\":1000}]}";
            case "api/sig/events" -> event;
            case "api/sig/events/batch" -> "{\"events\":[" + event + ","
                    + event.replace(reference, reference + "-B").replace("1000}", "2000}") + "]}";
            default -> "type;reference;date;principal;amount\nFUNDS_RECEIVED;" + reference + ";2026-02-10;ASKIA;1000\n";
        };
    }
}
