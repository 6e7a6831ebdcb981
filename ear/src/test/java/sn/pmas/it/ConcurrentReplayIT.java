package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients sending the same request at the same moment, on every path that carries an
 * idempotency key: one booking, the others answered as replays (200), a different content under
 * the same reference refused (409), never a 5xx. Fiscal year 2052, principal RPL-INS.
 */
class ConcurrentReplayIT extends DeployedLedger {

    private static final int CLIENTS = 20;
    private static final String PRINCIPAL = "RPL-INS";
    private static final String AS_OF = "api/principals/" + PRINCIPAL + "?asOf=2052-12-31";

    @Test
    void twentyIdenticalEntriesBookOneAndAnOtherContentIsAConflict() throws Exception {
        Api accountant = setUp();
        long before = bankMovement(accountant);
        String entry = Entries.simple("BQ", "2052-03-10", "RPL-E1", "5211", "4581.NSIA", "7000");
        List<Api.Reply> replies = atOnce(i -> accountant.post("api/entries", entry));
        assertOneBookedOthersReplayed(replies, "id");
        assertEquals(before + 7_000, bankMovement(accountant), "booked once in the ledger");
        assertEquals(1, entriesReferenced(accountant, "RPL-E1"), "one entry in the journal");

        String same = Entries.simple("BQ", "2052-03-11", "RPL-E2", "5211", "4581.NSIA", "8000");
        String other = Entries.simple("BQ", "2052-03-11", "RPL-E2", "5211", "4581.NSIA", "9000");
        Map<Integer, Long> statuses = statuses(atOnce(i -> accountant.post("api/entries", i % 2 == 0 ? same : other)));
        assertEquals(1, statuses.getOrDefault(201, 0L), "one of the two contents booked: " + statuses);
        assertEquals(CLIENTS / 2 - 1, statuses.getOrDefault(200, 0L), "its twins replayed: " + statuses);
        assertEquals(CLIENTS / 2, statuses.getOrDefault(409, 0L), "the other content refused: " + statuses);
        long movement = bankMovement(accountant) - before - 7_000;
        assertTrue(movement == 8_000 || movement == 9_000, "one of the two booked, once: " + movement);
        LedgerAssertions.assertLedgerConsistent(accountant, 2052);
    }

    @Test
    void twentyIdenticalSigEventsBookOneInTheLedgerAndTheRegisters() throws Exception {
        Api accountant = setUp();
        JsonObject before = accountant.get(AS_OF).json();
        String funds = Events.event("FUNDS_RECEIVED", "RPL-F1", "2052-04-02", "principal", PRINCIPAL, "amount", 1_000_000);
        assertOneBookedOthersReplayed(atOnce(i -> accountant.post("api/sig/events", funds)), "entryId");
        String claim = Events.event("CLAIM_VALIDATED", "RPL-S1", "2052-04-03", "principal", PRINCIPAL, "provider", "RPL-PRV",
                "invoice", "FAC-RPL-1", "careMonth", "2052-03", "invoiceReceivedOn", "2052-04-01", "amount", 100_000);
        assertOneBookedOthersReplayed(atOnce(i -> accountant.post("api/sig/events", claim)), "entryId");

        JsonObject after = accountant.get(AS_OF).json();
        assertEquals(1_000_000, amount(after, "heldFunds") - amount(before, "heldFunds"), "funds received once: " + after);
        assertEquals(100_000, amount(after, "committed") - amount(before, "committed"), "one claim in the register: " + after);

        String changed = Events.event("FUNDS_RECEIVED", "RPL-F1", "2052-04-02", "principal", PRINCIPAL, "amount", 1_000_001);
        Map<Integer, Long> statuses = statuses(atOnce(i -> accountant.post("api/sig/events", changed)));
        assertEquals(Map.of(409, (long) CLIENTS), statuses, "the same reference with another content");
        assertEquals(amount(after, "heldFunds"), amount(accountant.get(AS_OF).json(), "heldFunds"), "nothing more booked");
        LedgerAssertions.assertLedgerConsistent(accountant, 2052);
    }

    @Test
    void twentyIdenticalBatchesAndFilesBookTheirEventsOnce() throws Exception {
        Api accountant = setUp();
        JsonObject before = accountant.get(AS_OF).json();
        String batch = Events.batch(
                Events.event("FUNDS_RECEIVED", "RPL-F2", "2052-05-02", "principal", PRINCIPAL, "amount", 500_000),
                Events.event("CLAIM_VALIDATED", "RPL-S2", "2052-05-03", "principal", PRINCIPAL, "provider", "RPL-PRV",
                        "invoice", "FAC-RPL-2", "careMonth", "2052-04", "invoiceReceivedOn", "2052-05-01", "amount", 50_000));
        List<Api.Reply> batches = atOnce(i -> accountant.post("api/sig/events/batch", batch));
        assertNoServerError(batches);
        assertEquals(List.of(CLIENTS), batches.stream().map(Api.Reply::status).distinct().map(s -> s == 200 ? CLIENTS : s).toList(),
                "every batch answered 200");
        assertEquals(1, batches.stream().filter(reply -> notReplayed(reply, "outcomes") == 2).count(), "one batch booked both events");
        assertEquals(CLIENTS - 1, batches.stream().filter(reply -> notReplayed(reply, "outcomes") == 0).count(), "the others replayed both");

        byte[] file = ("type;reference;date;principal;amount\n"
                + "FUNDS_RECEIVED;RPL-F3;2052-06-02;" + PRINCIPAL + ";300000\n"
                + "FUNDS_RECEIVED;RPL-F4;2052-06-03;" + PRINCIPAL + ";200000\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Api.Reply> imports = atOnce(i -> accountant.post("api/sig/imports", "text/csv", file));
        assertNoServerError(imports);
        assertTrue(imports.stream().allMatch(reply -> reply.status() == 200), "every import answered 200");
        assertEquals(1, imports.stream().filter(reply -> reply.json().getInt("booked") == 2).count(), "one import booked the file");
        assertEquals(CLIENTS - 1, imports.stream().filter(reply -> reply.json().getInt("replayed") == 2).count(), "the others replayed it");

        JsonObject after = accountant.get(AS_OF).json();
        assertEquals(500_000 + 300_000 + 200_000, amount(after, "heldFunds") - amount(before, "heldFunds"), "funds once: " + after);
        assertEquals(50_000, amount(after, "committed") - amount(before, "committed"), "the claim once: " + after);
        LedgerAssertions.assertLedgerConsistent(accountant, 2052);
    }

    /** The three tests share the year and the principal; whichever runs first creates them. */
    private Api setUp() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2052, PRINCIPAL, "INSURER", Events.insurerAgreement("2052-01-01", 1_000_000, 1_000));
        Events.provider(accountant, "RPL-PRV");
        return accountant;
    }

    /** {@code CLIENTS} requests released at the same instant; request i is built by {@code request}. */
    private static List<Api.Reply> atOnce(IntFunction<Api.Reply> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                replies.add(clients.submit(() -> {
                    start.await();
                    return request.apply(client);
                }));
            }
            start.countDown();
            List<Api.Reply> done = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        }
    }

    private static void assertOneBookedOthersReplayed(List<Api.Reply> replies, String idField) {
        assertNoServerError(replies);
        Map<Integer, Long> statuses = statuses(replies);
        assertEquals(Map.of(201, 1L, 200, (long) CLIENTS - 1), statuses, "one booked, the others replays");
        assertEquals(1, replies.stream().map(reply -> reply.json().getJsonNumber(idField).longValue()).distinct().count(),
                "every reply names the same entry");
    }

    private static void assertNoServerError(List<Api.Reply> replies) {
        replies.forEach(reply -> assertTrue(reply.status() < 500, () -> "no server error: " + reply));
    }

    private static Map<Integer, Long> statuses(List<Api.Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
    }

    private static long notReplayed(Api.Reply reply, String list) {
        return reply.json().getJsonArray(list).getValuesAs(JsonObject.class).stream().filter(o -> !o.getBoolean("replayed")).count();
    }

    private static long bankMovement(Api accountant) {
        return accountant.get("api/trial-balance?from=2052-01-01&to=2052-12-31").json().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(row -> row.getString("accountCode").equals("5211"))
                .mapToLong(row -> row.getJsonNumber("debit").longValue()).sum();
    }

    private static long entriesReferenced(Api accountant, String reference) {
        return accountant.get("api/journals/BQ/entries?from=2052-01-01&to=2052-12-31&size=500").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(e -> reference.equals(e.getString("sourceReference"))).count();
    }

    private static long amount(JsonObject position, String field) {
        return position.getJsonNumber(field).longValue();
    }
}
