package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SIG's events booked through the REST API, year 2038, each test with its own principal:
 * what each event posts, replays, all-or-nothing batches, segregation of principals' funds,
 * forced payment and alerts.
 */
class SigEventsIT extends DeployedLedger {

    private static final int YEAR = 2038;
    private static final String INSURER_AGREEMENT = """
            {"validFrom":"2038-01-01","targetLevel":10000000,"floorAmount":2000000,"floorDays":10,
             "singleClaimLimit":500000,"feeRate":0.14,"feeBase":"COLLECTED_PREMIUMS","comment":"test"}""";
    private static final String SCHEME_AGREEMENT = """
            {"validFrom":"2038-01-01","targetLevel":5000000,"floorAmount":1000000,"singleClaimLimit":400000,
             "feeRate":0.10,"feeBase":"FUNDS_RECEIVED"}""";

    private Api accountant() {
        return Api.as(base, Api.ACCOUNTANT);
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant(), YEAR);
    }

    @Test
    void eachEventTypePostsItsRule() {
        Api api = accountant();
        Events.principal(api, YEAR, "R38-INS", "INSURER", INSURER_AGREEMENT);
        Events.principal(api, YEAR, "R38-MUT", "DELEGATING_SCHEME", SCHEME_AGREEMENT);
        Events.provider(api, "R38-PROV");
        api.post("api/parties", "{\"code\":\"R38-GO\",\"type\":\"SUBSCRIBER_GROUP\",\"name\":\"Groupe test\"}");
        Api.Reply booked = api.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "R38-F1", "2038-01-05", "principal", "R38-INS", "amount", 3_000_000),
                event("FUNDS_RECEIVED", "R38-F2", "2038-01-05", "principal", "R38-MUT", "amount", 2_000_000),
                event("PREMIUM_ISSUED", "R38-Q1", "2038-01-02", "principal", "R38-INS", "contract", "C-1", "subscriberGroup", "R38-GO",
                        "product", "Santé groupe", "periodFrom", "2038-01-01", "periodTo", "2038-03-31", "amount", 1_000_000,
                        "policyCosts", 5_000, "taxes", 30_000),
                event("PREMIUM_COLLECTED", "R38-E1", "2038-01-20", "premium", "R38-Q1", "amount", 517_500),
                event("CLAIM_VALIDATED", "R38-S1", "2038-01-21", "principal", "R38-INS", "provider", "R38-PROV", "invoice", "F-1",
                        "careMonth", "2038-01", "invoiceReceivedOn", "2038-01-15", "amount", 120_000),
                event("CLAIM_VALIDATED", "R38-S2", "2038-01-22", "principal", "R38-MUT", "member", "Awa Diop", "invoice", "RD-7",
                        "careMonth", "2037-12", "invoiceReceivedOn", "2038-01-10", "amount", 45_000),
                event("CLAIM_PAID", "R38-P1", "2038-01-25", "claim", "R38-S1"),
                event("OPERATING_EXPENSE", "R38-X1", "2038-01-26", "account", "628", "amount", 33_333, "label", "Internet")));
        assertEquals(200, booked.status(), booked::toString);
        List<JsonObject> outcomes = booked.json().getJsonArray("outcomes").getValuesAs(JsonObject.class);
        assertEquals(8, outcomes.size());
        assertTrue(!outcomes.get(2).containsKey("entryId") || outcomes.get(2).isNull("entryId"), "a quittance is in the register, not in the ledger");
        assertTrue(outcomes.stream().noneMatch(o -> o.getBoolean("replayed")));

        JsonObject insurer = api.get("api/principals/R38-INS/statement?from=2038-01-01&to=2038-01-31").json();
        assertEquals(0, insurer.getJsonNumber("opening").longValue());
        assertEquals(3_000_000, insurer.getJsonNumber("totalCredits").longValue());
        assertEquals(70_000 + 120_000, insurer.getJsonNumber("totalDebits").longValue(), "14 % of the 500 000 F premium part, and the claim");
        assertEquals(2_810_000, insurer.getJsonNumber("closing").longValue());
        assertEquals(List.of("FUNDS_RECEIVED", "PREMIUM_COLLECTED", "CLAIM_VALIDATED"), insurer.getJsonArray("lines")
                .getValuesAs(JsonObject.class).stream().map(line -> line.getString("eventType")).toList());

        JsonObject scheme = api.get("api/principals/R38-MUT?asOf=2038-01-31").json();
        assertEquals(2_000_000 - 200_000 - 45_000, scheme.getJsonNumber("currentAccountBalance").longValue(), "10 % fees on funds received");
        assertEquals(45_000, scheme.getJsonNumber("committed").longValue(), "the member is not paid yet");
        assertEquals(1_800_000, scheme.getJsonNumber("heldFunds").longValue());
        assertEquals(1_755_000, scheme.getJsonNumber("available").longValue());

        assertEquals(-70_000, movement(api, "70521"));
        assertEquals(-200_000, movement(api, "70522"));
        assertEquals(-45_000, movement(api, "47122"));
        assertEquals(33_333, movement(api, "628"));
        assertEquals(0, movement(api, "4011"), "the provider was paid");
    }

    @Test
    void aReplayReturnsTheFirstBookingAndAChangedEventIsAConflict() {
        Api api = accountant();
        Events.principal(api, YEAR, "D38-INS", "INSURER", INSURER_AGREEMENT);
        String funds = event("FUNDS_RECEIVED", "D38-F1", "2038-02-03", "principal", "D38-INS", "amount", 1_000_000);
        Api.Reply first = api.post("api/sig/events", funds);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = api.post("api/sig/events", funds);
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().getBoolean("replayed"));
        assertEquals(first.json().getJsonNumber("entryId"), again.json().getJsonNumber("entryId"));

        Api.Reply changed = api.post("api/sig/events", event("FUNDS_RECEIVED", "D38-F1", "2038-02-03", "principal", "D38-INS", "amount", 1_000_001));
        assertEquals(409, changed.status(), "only a conflict: 409, " + changed);
        assertEquals("event.reference-conflict", changed.json().getJsonArray("errors").getJsonObject(0).getString("code"), changed::toString);
        assertEquals(1_000_000, api.get("api/principals/D38-INS?asOf=2038-02-28").json().getJsonNumber("available").longValue());
    }

    @Test
    void aBatchWithOneBadLineBooksNothingAndNamesEveryFault() {
        Api api = accountant();
        Events.principal(api, YEAR, "B38-INS", "INSURER", INSURER_AGREEMENT);
        Api.Reply refused = api.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "B38-F1", "2038-03-03", "principal", "B38-INS", "amount", 500_000),
                event("CLAIM_VALIDATED", "B38-S1", "2038-03-10", "principal", "B38-INS", "provider", "NO-SUCH", "invoice", "F-9",
                        "careMonth", "2038-03", "invoiceReceivedOn", "2038-03-05", "amount", 12.5),
                event("FUNDS_RECEIVED", "B38-F2", "2038-13-01", "principal", "B38-INS", "amount", 1)));
        assertEquals(422, refused.status(), refused::toString);
        JsonObject problem = refused.json();
        assertEquals("events.rejected", problem.getString("code"));
        List<String> faults = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("index") + ":" + e.getString("field") + ":" + e.getString("code")).toList();
        assertTrue(faults.contains("1:amount:line.amount-not-whole"), faults::toString);
        assertTrue(faults.contains("2:date:field.invalid"), faults::toString);
        assertEquals(0, api.get("api/principals/B38-INS?asOf=2038-03-31").json().getJsonNumber("available").longValue(),
                "the good first line was not booked either");
        assertEquals(201, api.post("api/sig/events", event("FUNDS_RECEIVED", "B38-F1", "2038-03-03", "principal", "B38-INS",
                "amount", 500_000)).status(), "its reference is still free");
    }

    @Test
    void anEventDatedInAClosedPeriodIsRefusedOnItsDate() {
        Api api = accountant();
        Events.principal(api, YEAR, "C38-INS", "INSURER", INSURER_AGREEMENT);
        api.post("api/periods/2038-11/close", "{}");
        Api.Reply refused = api.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "C38-F1", "2038-10-31", "principal", "C38-INS", "amount", 700_000),
                event("FUNDS_RECEIVED", "C38-F2", "2038-11-02", "principal", "C38-INS", "amount", 800_000)));
        assertRejected(refused, 1, "date", "period.closed");
        assertEquals(0, api.get("api/principals/C38-INS?asOf=2038-12-31").json().getJsonNumber("available").longValue());
    }

    @Test
    void aClaimBeyondTheFundsIsRefusedUnlessAnAdministratorForcesItAndThenAlertsFollow() {
        Api api = accountant();
        Events.principal(api, YEAR, "S38-INS", "INSURER", INSURER_AGREEMENT);
        Events.provider(api, "S38-PROV");
        assertEquals(201, api.post("api/sig/events", event("FUNDS_RECEIVED", "S38-F1", "2038-04-02", "principal", "S38-INS",
                "amount", 2_500_000)).status());
        String claim = event("CLAIM_VALIDATED", "S38-S1", "2038-04-10", "principal", "S38-INS", "provider", "S38-PROV",
                "invoice", "F-77", "careMonth", "2038-03", "invoiceReceivedOn", "2038-04-01", "amount", 3_000_000,
                "medicalValidation", true);
        assertRejected(api.post("api/sig/events", claim), 0, "amount", "claim.insufficient-funds");
        String forced = claim.replace("}", ",\"forceReason\":\"Hospitalisation urgente, fonds annoncés\"}");
        assertRejected(api.post("api/sig/events", forced), 0, "forceReason", "claim.force-not-allowed");
        assertRejected(api.post("api/sig/events", event("CLAIM_VALIDATED", "S38-S0", "2038-04-10", "principal", "S38-INS",
                "provider", "S38-PROV", "invoice", "F-76", "careMonth", "2038-03", "invoiceReceivedOn", "2038-04-01",
                "amount", 150_001)), 0, "medicalValidation", "claim.medical-validation-required");

        Api.Reply booked = Api.as(base, Api.ADMIN).post("api/sig/events", forced);
        assertEquals(201, booked.status(), booked::toString);
        assertEquals(-500_000, api.get("api/principals/S38-INS?asOf=2038-04-30").json().getJsonNumber("available").longValue());
        List<JsonObject> alerts = alertsOf(api, "S38-INS");
        assertEquals(List.of("BELOW_FLOOR", "CLAIM_ABOVE_LIMIT", "FORCED_PAYMENT"),
                alerts.stream().map(a -> a.getString("type")).sorted().toList());
        JsonObject forcedAlert = alerts.stream().filter(a -> a.getString("type").equals("FORCED_PAYMENT")).findFirst().orElseThrow();
        assertTrue(forcedAlert.getString("message").contains("admin"), forcedAlert::toString);
        assertEquals("S38-S1", forcedAlert.getString("claimReference"));

        JsonObject acknowledged = api.post("api/alerts/" + forcedAlert.getInt("id") + "/acknowledge", "{\"comment\":\"Vu avec la compagnie\"}").json();
        assertEquals("ACKNOWLEDGED", acknowledged.getString("state"));
        assertEquals("accountant", acknowledged.getString("acknowledgedBy"));
        assertEquals(409, api.post("api/alerts/" + forcedAlert.getInt("id") + "/acknowledge", "{}").status());

        assertEquals(201, api.post("api/sig/events", event("FUNDS_RECEIVED", "S38-F2", "2038-04-20", "principal", "S38-INS",
                "amount", 10_000_000)).status());
        JsonObject floor = alertsOf(api, "S38-INS").stream().filter(a -> a.getString("type").equals("BELOW_FLOOR")).findFirst().orElseThrow();
        assertEquals("RESOLVED", floor.getString("state"), "funds back above the floor resolve the alert");
    }

    @Test
    void twoClaimsSentAtOnceCannotBothSpendTheSameFunds() throws Exception {
        Api api = accountant();
        Events.principal(api, YEAR, "K38-INS", "INSURER", INSURER_AGREEMENT);
        Events.provider(api, "K38-PROV");
        assertEquals(201, api.post("api/sig/events", event("FUNDS_RECEIVED", "K38-F1", "2038-05-02", "principal", "K38-INS",
                "amount", 1_000_000)).status());
        int attempts = 6;
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String claim = event("CLAIM_VALIDATED", "K38-S" + i, "2038-05-10", "principal", "K38-INS", "provider", "K38-PROV",
                        "invoice", "F-K" + i, "careMonth", "2038-05", "invoiceReceivedOn", "2038-05-05", "amount", 140_000 + i);
                statuses.add(threads.submit(() -> {
                    start.await();
                    return accountant().post("api/sig/events", claim).status();
                }));
            }
            start.countDown();
            long booked = 0;
            for (Future<Integer> status : statuses) {
                booked += status.get() == 201 ? 1 : 0;
            }
            long available = api.get("api/principals/K38-INS?asOf=2038-05-31").json().getJsonNumber("available").longValue();
            assertTrue(available >= 0, "never overdrawn: " + available);
            assertEquals(6, booked, "the six claims (~840 000 F) fit in the 1 000 000 F: none refused for a race");
            assertEquals(1_000_000 - 6 * 140_000 - 15, available);
        } finally {
            threads.shutdownNow();
        }
        List<Future<Integer>> second = new ArrayList<>();
        ExecutorService racing = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 2; i++) {
                String claim = event("CLAIM_VALIDATED", "K38-T" + i, "2038-05-12", "principal", "K38-INS", "provider", "K38-PROV",
                        "invoice", "F-T" + i, "careMonth", "2038-05", "invoiceReceivedOn", "2038-05-05", "amount", 100_000);
                second.add(racing.submit(() -> {
                    start.await();
                    return accountant().post("api/sig/events", claim).status();
                }));
            }
            start.countDown();
            List<Integer> outcomes = new ArrayList<>();
            for (Future<Integer> status : second) {
                outcomes.add(status.get());
            }
            assertEquals(List.of(201, 422), outcomes.stream().sorted().toList(), "159 985 F left: one 100 000 F claim, not two");
        } finally {
            racing.shutdownNow();
        }
        assertEquals(59_985, api.get("api/principals/K38-INS?asOf=2038-05-31").json().getJsonNumber("available").longValue());
    }

    @Test
    void anInsurerReadsItsOwnStatementOnlyAsJsonCsvAndPdf() {
        Api askia = Api.as(base, Api.INSURER_ASKIA);
        PostingIT.assertProblem(askia.get("api/principals/NSIA/statement?from=2025-01-01&to=2025-03-31"), 403, "auth.forbidden", null);
        assertEquals(403, askia.get("api/principals/NSIA?asOf=2025-03-31").status());
        JsonObject statement = askia.get("api/principals/ASKIA/statement?from=2025-01-01&to=2025-03-31").json();
        long closing = statement.getJsonNumber("closing").longValue();
        assertEquals(statement.getJsonNumber("opening").longValue() + statement.getJsonNumber("totalCredits").longValue()
                - statement.getJsonNumber("totalDebits").longValue(), closing);
        assertTrue(statement.getJsonArray("lines").size() > 10);

        Api.Reply csv = askia.get("api/principals/ASKIA/statement?from=2025-01-01&to=2025-03-31&format=csv");
        assertEquals(200, csv.status(), csv::toString);
        String[] rows = csv.text().split("\r\n");
        assertEquals(statement.getJsonArray("lines").size() + 3, rows.length, "header, opening, movements, closing");
        assertTrue(rows[rows.length - 1].endsWith(";" + closing), rows[rows.length - 1]);

        Api.Reply pdf = askia.get("api/principals/ASKIA/statement?from=2025-01-01&to=2025-03-31&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        String text = PdfText.of(pdf.bytes());
        assertTrue(text.contains("Relevé de compte courant"), text);
        assertTrue(text.contains("ASKIA Assurances (ASKIA) - compte 4581.ASKIA"), text);
        assertTrue(text.contains("Solde de clôture en faveur du mandant " + french(closing)), text);
    }

    private static String french(long amount) {
        return String.format(java.util.Locale.FRANCE, "%,d", amount).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static List<JsonObject> alertsOf(Api api, String principal) {
        return api.get("api/alerts").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(alert -> principal.equals(alert.getString("principalCode"))).toList();
    }

    /** Debit minus credit of an account (with its sub-accounts) in January 2038. */
    private static long movement(Api api, String account) {
        return api.get("api/trial-balance?period=2038-01").json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("accountCode").equals(account) || row.getString("accountCode").startsWith(account + "."))
                .mapToLong(row -> row.getJsonNumber("debit").longValue() - row.getJsonNumber("credit").longValue()).sum();
    }

    private static void assertRejected(Api.Reply reply, int index, String field, String code) {
        assertEquals(422, reply.status(), reply::toString);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(index, error.getInt("index"), reply::toString);
        assertEquals(field, error.getString("field"), reply::toString);
        assertEquals(code, error.getString("code"), reply::toString);
    }
}
