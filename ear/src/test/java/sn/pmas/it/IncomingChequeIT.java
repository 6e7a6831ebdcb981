package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Incoming cheques and deposit slips in fiscal year 2058 (docs/incoming-cheques.md): each
 * transition and each illegal one, the entries on 513, 514, 47123 and the principals' bank 5211,
 * the principal's funds credited at clearing (its fund call settled), a return unpaid reversing the
 * receipt and raising an alert, the bordereau's PDF, the slips as booked bank items, concurrent
 * identical receipts, and the register tied with 513/514.
 */
class IncomingChequeIT extends DeployedLedger {

    private static final int YEAR = 2058;
    private static final String ALPHA = "IC-ALPHA";
    private static final String BETA = "IC-BETA";

    private Api accountant;

    @BeforeEach
    void parties() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, YEAR, ALPHA, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 10_000_000, 0));
        Events.principal(accountant, YEAR, BETA, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 10_000_000, 0));
    }

    @AfterEach
    void registerTiesInTheTestYear() {
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
        LedgerAssertions.assertRegisterTied(accountant, "cheques.incoming", LocalDate.of(YEAR, 1, 14), LocalDate.of(YEAR, 12, 31));
    }

    @Test
    void aPrincipalsChequeIsReceivedDepositedAndClearedAndPaysItsFundCall() {
        Api.Reply call = accountant.post("api/fund-calls", "{\"principal\":\"" + ALPHA + "\",\"issuedOn\":\"" + YEAR + "-01-10\",\"amount\":3000000}");
        assertEquals(201, call.status(), call::toString);
        String callNumber = call.json().getString("number");
        long bankBefore = closing("5211", YEAR + "-01-20");
        long fundsBefore = available(ALPHA, YEAR + "-01-20");

        JsonObject cheque = receive("Compagnie Alpha SA", "CBAO", "7000101", 2_000_000, "01-12", ALPHA, null, 201);
        String reference = cheque.getString("reference");
        assertEquals("RECEIVED", cheque.getString("status"));
        assertEquals("FUNDS", cheque.getString("kind"));
        assertEquals("47123", cheque.getString("creditAccount"));
        assertEquals(2_000_000, closing("513", YEAR + "-01-12") - closing("513", YEAR + "-01-11"), "Dr 513 on receipt");
        assertEquals(fundsBefore, available(ALPHA, YEAR + "-01-20"), "not the principal's funds before the bank credits it");

        JsonObject replay = receive("Compagnie Alpha SA", "cbao", "7000101", 2_000_000, "01-12", ALPHA, null, 200);
        assertEquals(reference, replay.getString("reference"), "the same cheque again answers its first receipt");
        assertTrue(replay.getBoolean("replayed"));
        assertProblem(post("api/incoming-cheques", receipt("Compagnie Alpha SA", "CBAO", "7000101", 2_500_000, "01-12", ALPHA, null)),
                409, "incoming-cheque.duplicate", "number");

        assertProblem(post("api/deposit-slips", deposit("BQ-POOL", "01-13", reference)), 422, "incoming-cheque.wrong-bank-account", "bankAccount");
        JsonObject slip = created(post("api/deposit-slips", deposit("BQ-MANDANTS", "01-13", reference)));
        String slipReference = slip.getString("reference");
        assertEquals(2_000_000, slip.getJsonNumber("total").longValue());
        assertEquals("DEPOSITED", slip.getString("status"));
        assertEquals("DEPOSITED", accountant.get("api/incoming-cheques/" + reference).json().getString("status"));
        assertEquals(2_000_000, closing("514", YEAR + "-01-13") - closing("514", YEAR + "-01-12"), "Dr 514 on deposit");
        assertEquals(-2_000_000, closing("513", YEAR + "-01-13") - closing("513", YEAR + "-01-12"), "Cr 513 on deposit");
        assertProblem(post("api/deposit-slips", deposit("BQ-MANDANTS", "01-14", reference)), 409, "incoming-cheque.already-deposited", "cheques[0]");

        assertEquals(List.of(), inTransit(slipReference, YEAR + "-01-12"), "not yet deposited");
        assertEquals(List.of(2_000_000L), inTransit(slipReference, YEAR + "-01-14"), "deposited, not credited: an open item of the slip's total");

        String text = FundCallIT.pdfText(accountant.get("api/deposit-slips/" + slipReference + "/document"));
        for (String expected : List.of("Bordereau de remise de chèques", slipReference, "Compagnie Alpha SA", "CBAO", "7000101",
                "2 000 000", "Total de la remise (1 chèque(s)) 2 000 000", "BQ-MANDANTS")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        JsonObject cleared = accountant.post("api/deposit-slips/" + slipReference + "/cleared", "{\"date\":\"" + YEAR + "-01-15\"}").json();
        assertEquals("CLEARED", cleared.getString("status"));
        assertEquals("CLEARED", accountant.get("api/incoming-cheques/" + reference).json().getString("status"));
        assertEquals(List.of(2_000_000L), inTransit(slipReference, YEAR + "-01-14"), "still in transit the day before the bank's credit");
        assertEquals(List.of(), inTransit(slipReference, YEAR + "-01-15"));
        assertEquals(2_000_000, closing("5211", YEAR + "-01-20") - bankBefore, "the principals' bank, once credited");
        assertEquals(0, closing("514", YEAR + "-01-15") - closing("514", YEAR + "-01-12"));
        assertEquals(fundsBefore + 2_000_000, available(ALPHA, YEAR + "-01-20"), "the principal's funds, as for a SIG FUNDS_RECEIVED");
        JsonObject paidCall = accountant.get("api/fund-calls/" + callNumber).json();
        assertEquals("PARTLY_RECEIVED", paidCall.getString("status"));
        assertEquals(1_000_000, paidCall.getJsonNumber("outstanding").longValue());
        assertEquals(reference, paidCall.getJsonArray("settlements").getJsonObject(0).getString("receiptReference"));

        assertProblem(post("api/deposit-slips/" + slipReference + "/cleared", "{\"date\":\"" + YEAR + "-01-16\"}"), 409, "deposit-slip.not-open", "reference");
        assertProblem(post("api/incoming-cheques/" + reference + "/returned", "{\"date\":\"" + YEAR + "-01-16\",\"reason\":\"Provision insuffisante\"}"),
                409, "incoming-cheque.illegal-transition", "status");
    }

    @Test
    void aChequeReturnedUnpaidReversesItsReceiptAndRaisesAnAlert() {
        long to513 = closing("513", YEAR + "-02-28");
        long to514 = closing("514", YEAR + "-02-28");
        long fundsBefore = available(BETA, YEAR + "-02-28");
        String deposited = receive("Mutuelle Beta", "BICIS", "445501", 500_000, "02-02", BETA, null, 201).getString("reference");
        String kept = receive("Mutuelle Beta", "BICIS", "445502", 300_000, "02-02", BETA, null, 201).getString("reference");
        String slip = created(post("api/deposit-slips", deposit("BQ-MANDANTS", "02-03", deposited, kept))).getString("reference");
        assertEquals(800_000, accountant.get("api/deposit-slips/" + slip).json().getJsonNumber("total").longValue());
        assertProblem(post("api/deposit-slips", deposit("BQ-MANDANTS", "02-03", "CR-999999")), 404, "incoming-cheque.not-found", "cheques[0]");

        assertProblem(post("api/incoming-cheques/" + deposited + "/returned", "{\"date\":\"" + YEAR + "-02-05\"}"), 400, "field.required", "reason");
        JsonObject returned = accountant.post("api/incoming-cheques/" + deposited + "/returned",
                "{\"date\":\"" + YEAR + "-02-05\",\"reason\":\"Provision insuffisante\"}").json();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("Provision insuffisante", returned.getString("returnReason"));
        assertEquals(List.of(300_000L), inTransit(slip, YEAR + "-02-05"), "the slip now awaits the cheque left on it");
        assertProblem(post("api/incoming-cheques/" + deposited + "/returned", "{\"date\":\"" + YEAR + "-02-06\",\"reason\":\"Encore\"}"),
                409, "incoming-cheque.illegal-transition", "status");
        JsonObject alert = accountant.get("api/alerts?state=OPEN").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> BETA.equals(a.getString("principalCode")) && "RETURNED_CHEQUE".equals(a.getString("type"))).findFirst()
                .orElseThrow(() -> new AssertionError("a returned-cheque alert for " + BETA));
        assertEquals(500_000, alert.getJsonNumber("amount").longValue());
        assertTrue(alert.getString("message").contains("445501"), alert::toString);

        JsonObject cleared = accountant.post("api/deposit-slips/" + slip + "/cleared", "{\"date\":\"" + YEAR + "-02-07\"}").json();
        assertEquals("CLEARED", cleared.getString("status"));
        assertEquals(fundsBefore + 300_000, available(BETA, YEAR + "-02-28"), "only the cheque paid reaches the principal's funds");
        assertEquals(to513, closing("513", YEAR + "-02-28"), "513 back where it was");
        assertEquals(to514, closing("514", YEAR + "-02-28"), "514 back where it was");

        String onHand = receive("Fournisseur Gamma", "ECOBANK", "99001", 75_000, "02-10", null, "4711", 201).getString("reference");
        assertEquals(75_000, closing("513", YEAR + "-02-10") - closing("513", YEAR + "-02-09"));
        assertEquals("RETURNED", accountant.post("api/incoming-cheques/" + onHand + "/returned",
                "{\"date\":\"" + YEAR + "-02-11\",\"reason\":\"Chèque sans provision signalé par le tireur\"}").json().getString("status"));
        assertEquals(0, closing("513", YEAR + "-02-11") - closing("513", YEAR + "-02-09"), "the receipt reversed");
        assertProblem(post("api/deposit-slips", deposit("BQ-POOL", "02-12", onHand)), 409, "incoming-cheque.illegal-transition", "cheques[0]");
    }

    @Test
    void badReceiptsAreRefusedNamingTheField() {
        assertProblem(post("api/incoming-cheques", receipt("X", "CBAO", "1", 1_000, "03-01", "NOBODY", null)), 404, "party.unknown", "principal");
        assertProblem(post("api/incoming-cheques", receipt(null, "CBAO", "1", 1_000, "03-01", ALPHA, null)), 400, "field.required", "drawer");
        assertProblem(post("api/incoming-cheques", receipt("X", "CBAO", "1", 0, "03-01", ALPHA, null)), 422, "line.amount-not-positive", "amount");
        assertProblem(post("api/incoming-cheques", receipt("X", "CBAO", "1", 1_000, "03-01", ALPHA, "4711")), 400, "field.invalid", "principal");
        assertProblem(post("api/incoming-cheques", receipt("X", "CBAO", "1", 1_000, "03-01", null, "5211")), 422, "incoming-cheque.credit-account",
                "creditAccount");
        assertProblem(post("api/incoming-cheques", receipt("X", "CBAO", "1", 1_000, "03-01", null, "4581." + ALPHA)), 422,
                "incoming-cheque.credit-account", "creditAccount");
        assertProblem(post("api/incoming-cheques", receipt("X", "CBAO", "1 2", 1_000, "03-01", ALPHA, null)), 400, "field.invalid", "number");
        assertProblem(post("api/deposit-slips/REM-999999/cleared", "{\"date\":\"" + YEAR + "-03-02\"}"), 404, "deposit-slip.not-found", "reference");
        assertProblem(accountant.get("api/incoming-cheques/CR-999999"), 404, "incoming-cheque.not-found", "reference");
        assertEquals(403, Api.as(base, Api.DIRECTOR).post("api/incoming-cheques", receipt("X", "CBAO", "2", 1_000, "03-01", ALPHA, null)).status());
    }

    @Test
    void theSameReceiptSentTwentyTimesAtOnceIsBookedOnce() throws Exception {
        String body = receipt("Compagnie Alpha SA", "SGBS", "5550001", 1_250_000, "03-05", ALPHA, null);
        List<Integer> statuses = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> accountant.post("api/incoming-cheques", body)));
            }
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
                if (reply.get().status() >= 300) {
                    refusals.add(reply.get().toString());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), () -> statuses + " " + refusals);
        assertEquals(19, statuses.stream().filter(s -> s == 200).count(), () -> statuses + " " + refusals);
        assertEquals(1, accountant.get("api/incoming-cheques?principal=" + ALPHA + "&from=" + YEAR + "-03-05&to=" + YEAR + "-03-05")
                .jsonArray().size());
        assertEquals(1_250_000, closing("513", YEAR + "-03-05") - closing("513", YEAR + "-03-04"), "one receipt entry");
    }

    private JsonObject receive(String drawer, String bank, String number, long amount, String monthDay, String principal, String creditAccount,
                               int status) {
        Api.Reply reply = post("api/incoming-cheques", receipt(drawer, bank, number, amount, monthDay, principal, creditAccount));
        assertEquals(status, reply.status(), reply::toString);
        return reply.json();
    }

    private static String receipt(String drawer, String bank, String number, long amount, String monthDay, String principal, String creditAccount) {
        return "{" + (drawer == null ? "" : "\"drawer\":\"" + drawer + "\",") + "\"drawerBank\":\"" + bank + "\",\"number\":\"" + number
                + "\",\"amount\":" + amount + ",\"receivedOn\":\"" + YEAR + "-" + monthDay + "\""
                + (principal == null ? "" : ",\"principal\":\"" + principal + "\"")
                + (creditAccount == null ? "" : ",\"creditAccount\":\"" + creditAccount + "\"") + "}";
    }

    private static String deposit(String bankAccount, String monthDay, String... cheques) {
        return "{\"bankAccount\":\"" + bankAccount + "\",\"date\":\"" + YEAR + "-" + monthDay + "\",\"cheques\":[\""
                + String.join("\",\"", cheques) + "\"]}";
    }

    private Api.Reply post(String path, String body) {
        return accountant.post(path, body);
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** The slip's amount among the principals' bank's booked items open on the date. */
    private List<Long> inTransit(String slip, String date) {
        return accountant.get("api/deposit-slips/in-transit?bankAccount=BQ-MANDANTS&asOf=" + date).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(item -> slip.equals(item.getString("reference")))
                .peek(item -> assertEquals("deposits", item.getString("register")))
                .map(item -> item.getJsonNumber("amount").longValue()).toList();
    }

    /** Debit-positive closing balance of an account on a date. */
    private long closing(String account, String date) {
        return accountant.get("api/accounts/" + account + "/statement?from=" + date + "&to=" + date).json().getJsonNumber("closing").longValue();
    }

    private long available(String principal, String date) {
        return accountant.get("api/principals/" + principal + "?asOf=" + date).json().getJsonNumber("available").longValue();
    }
}
