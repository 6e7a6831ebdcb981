package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One rule on every path into the ledger, year 2044, each test with its own principal: manual
 * entries, batches and reversals cannot overdraw a principal unless an administrator forces
 * them (recorded, alert raised); an entry the SIG booked is undone through the SIG
 * (CLAIM_CANCELLED), never reversed directly, so that the claims register and the ledger agree.
 */
class SegregationIT extends DeployedLedger {

    private static final int YEAR = 2044;
    private static final String AGREEMENT = Events.insurerAgreement("2044-01-01", 10_000_000, 1_000_000);

    private Api accountant() {
        return Api.as(base, Api.ACCOUNTANT);
    }

    private Api admin() {
        return Api.as(base, Api.ADMIN);
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant(), YEAR);
    }

    /** A fresh insurer holding {@code funds} on its current account, received from the SIG. */
    private void insurerWithFunds(String code, long funds) {
        Api api = accountant();
        Events.principal(api, YEAR, code, "INSURER", AGREEMENT);
        Api.Reply received = api.post("api/sig/events", event("FUNDS_RECEIVED", code + "-F1", "2044-02-01", "principal", code,
                "amount", funds));
        assertEquals(201, received.status(), received::toString);
    }

    private long available(String principal) {
        return accountant().get("api/principals/" + principal + "?asOf=2044-12-31").json().getJsonNumber("available").longValue();
    }

    /** A manual payment out of the principals' bank account charged to the insurer's current account. */
    private static String payment(String insurer, String reference, long amount) {
        return entry("BQ", "2044-03-10", reference, "Remboursement au mandant " + reference,
                line("4581." + insurer, String.valueOf(amount), null), line("5211", null, String.valueOf(amount)));
    }

    private long entryCount(String insurer) {
        return accountant().get("api/accounts/4581." + insurer + "/statement?from=2044-01-01&to=2044-12-31").json()
                .getJsonArray("lines").size();
    }

    @Test
    void aManualEntryBeyondThePrincipalsFundsIsRefusedUnlessAnAdministratorForcesIt() {
        insurerWithFunds("M44-INS", 1_000_000);
        Api api = accountant();
        assertEquals(201, api.post("api/entries", payment("M44-INS", "M44-E1", 600_000)).status());

        Api.Reply refused = api.post("api/entries", payment("M44-INS", "M44-E2", 500_000));
        assertProblem(refused, 422, "funds.insufficient", "lines[0].debit");
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("M44-INS") && detail.contains("400\u00A0000") && detail.contains("manque 100\u00A0000"), detail);
        assertEquals(400_000, available("M44-INS"), "nothing written");
        assertEquals(2, entryCount("M44-INS"));

        assertProblem(api.post("api/entries?force=true&forceReason=Avance%20convenue", payment("M44-INS", "M44-E2", 500_000)),
                403, "funds.force-not-allowed", "force");
        assertProblem(admin().post("api/entries?force=true", payment("M44-INS", "M44-E2", 500_000)), 400, "field.required", "forceReason");
        assertProblem(admin().post("api/entries?forceReason=x", payment("M44-INS", "M44-E2", 500_000)), 400, "field.invalid", "force");
        assertEquals(400_000, available("M44-INS"), "still nothing written");

        Api.Reply forced = admin().post("api/entries?force=true&forceReason=Avance%20convenue%20avec%20la%20DG",
                payment("M44-INS", "M44-E2", 500_000));
        assertEquals(201, forced.status(), forced::toString);
        long entryId = forced.json().getJsonNumber("id").longValue();
        assertEquals(-100_000, available("M44-INS"));
        JsonObject alert = forcedAlertOf("M44-INS");
        assertEquals(entryId, alert.getJsonNumber("entryId").longValue());
        assertEquals(100_000, alert.getJsonNumber("amount").longValue(), "the shortfall");
        String message = alert.getString("message");
        assertTrue(message.contains("admin") && message.contains("Avance convenue avec la DG") && message.contains("M44-E2"), message);

        assertEquals(200, admin().post("api/entries?force=true&forceReason=Avance%20convenue%20avec%20la%20DG",
                payment("M44-INS", "M44-E2", 500_000)).status(), "a replay books nothing more");
        assertEquals(-100_000, available("M44-INS"));
        assertProblem(api.post("api/entries", payment("M44-INS", "M44-E3", 1)), 422, "funds.insufficient", "lines[0].debit");
    }

    @Test
    void aBatchSeesTheFundsAsItsEarlierEntriesLeftThemAndIsRefusedWhole() {
        insurerWithFunds("B44-INS", 700_000);
        String batch = "[" + payment("B44-INS", "B44-E1", 400_000) + "," + payment("B44-INS", "B44-E2", 400_000) + "]";
        assertProblem(accountant().post("api/entries/batch", batch), 422, "funds.insufficient", "entries[1].lines[0].debit");
        assertEquals(700_000, available("B44-INS"), "all or nothing");
        String refill = entry("BQ", "2044-03-09", "B44-R1", "Versement", line("5211", "100000", null), line("4581.B44-INS", null, "100000"));
        Api.Reply booked = accountant().post("api/entries/batch", "[" + refill + "," + payment("B44-INS", "B44-E1", 400_000) + ","
                + payment("B44-INS", "B44-E2", 400_000) + "]");
        assertEquals(201, booked.status(), booked::toString);
        assertEquals(0, available("B44-INS"), "down to zero exactly, not below");
    }

    @Test
    void entriesSentAtOnceCannotBothSpendTheSameFunds() throws Exception {
        insurerWithFunds("K44-INS", 1_000_000);
        int attempts = 6;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String payment = payment("K44-INS", "K44-E" + i, 400_000);
                statuses.add(threads.submit(() -> {
                    start.await();
                    return accountant().post("api/entries", payment).status();
                }));
            }
            start.countDown();
            List<Integer> answered = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertEquals(2, answered.stream().filter(status -> status == 201).count(), answered::toString);
            assertEquals(attempts - 2, answered.stream().filter(status -> status == 422).count(), answered::toString);
        } finally {
            threads.shutdown();
        }
        assertEquals(200_000, available("K44-INS"));
    }

    @Test
    void aReversalThatWouldOverdrawThePrincipalIsRefusedUnlessForced() {
        insurerWithFunds("V44-INS", 500_000);
        Api api = accountant();
        String deposit = entry("BQ", "2044-03-01", "V44-D1", "Versement", line("5211", "300000", null), line("4581.V44-INS", null, "300000"));
        long depositId = api.post("api/entries", deposit).json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("api/entries", payment("V44-INS", "V44-E1", 700_000)).status());
        assertEquals(100_000, available("V44-INS"));

        String reversal = "{\"reason\":\"Versement rejeté par la banque\"}";
        Api.Reply refused = api.post("api/entries/" + depositId + "/reversal", reversal);
        assertProblem(refused, 422, "funds.insufficient", "lines[1].debit");
        assertTrue(refused.json().getString("detail").contains("manque 200\u00A0000"), refused::toString);
        assertProblem(api.post("api/entries/" + depositId + "/reversal",
                "{\"reason\":\"Versement rejeté\",\"force\":true,\"forceReason\":\"Chèque impayé\"}"), 403, "funds.force-not-allowed", "force");
        assertEquals(100_000, available("V44-INS"));

        Api.Reply forced = admin().post("api/entries/" + depositId + "/reversal",
                "{\"reason\":\"Versement rejeté par la banque\",\"force\":true,\"forceReason\":\"Chèque impayé, appel de fonds émis\"}");
        assertEquals(201, forced.status(), forced::toString);
        assertEquals(-200_000, available("V44-INS"));
        assertEquals(forced.json().getJsonNumber("id").longValue(), forcedAlertOf("V44-INS").getJsonNumber("entryId").longValue());
    }

    @Test
    void anEntryTheSigBookedIsUndoneThroughTheSigAndTheClaimsRegisterAgreesWithTheLedger() {
        insurerWithFunds("A44-INS", 2_000_000);
        Events.provider(accountant(), "A44-PROV");
        Api api = accountant();
        Api.Reply claim = api.post("api/sig/events", event("CLAIM_VALIDATED", "A44-S1", "2044-04-10", "principal", "A44-INS",
                "provider", "A44-PROV", "invoice", "F-A1", "careMonth", "2044-03", "invoiceReceivedOn", "2044-04-02", "amount", 120_000));
        assertEquals(201, claim.status(), claim::toString);
        long claimEntry = claim.json().getJsonNumber("entryId").longValue();
        assertEquals(1_880_000, available("A44-INS"));
        assertEquals(120_000, committed("A44-INS"));

        Api.Reply direct = api.post("api/entries/" + claimEntry + "/reversal", "{\"reason\":\"Facture en double\"}");
        assertProblem(direct, 409, "entry.owned-by-subledger", "entryId");
        assertTrue(direct.json().getString("detail").contains("CLAIM_CANCELLED") && direct.json().getString("detail").contains("A44-S1"),
                direct::toString);
        assertEquals(120_000, committed("A44-INS"), "nothing written");

        String cancellation = event("CLAIM_CANCELLED", "A44-C1", "2044-04-20", "claim", "A44-S1", "label", "Facture en double");
        Api.Reply cancelled = api.post("api/sig/events", cancellation);
        assertEquals(201, cancelled.status(), cancelled::toString);
        long reversalId = cancelled.json().getJsonNumber("entryId").longValue();
        JsonObject reversal = api.get("api/entries/" + reversalId).json();
        assertEquals(claimEntry, reversal.getJsonNumber("reversesEntryId").longValue(), reversal::toString);
        assertEquals("2044-04-20", reversal.getString("entryDate"));
        Api.Reply replay = api.post("api/sig/events", cancellation);
        assertEquals(200, replay.status(), replay::toString);
        assertEquals(reversalId, replay.json().getJsonNumber("entryId").longValue());

        assertEquals(2_000_000, available("A44-INS"), "the charge is given back");
        assertEquals(0, committed("A44-INS"), "the register no longer owes the claim");
        assertEquals(0, balance("4011.A44-PROV"), "nor does the ledger: the provider's account is back to zero");
        List<JsonObject> lines = api.get("api/principals/A44-INS/statement?from=2044-01-01&to=2044-12-31").json()
                .getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("SIG FUNDS_RECEIVED 2000000", "SIG CLAIM_VALIDATED -120000", "REVERSAL CLAIM_CANCELLED 120000"),
                lines.stream().map(line -> line.getString("source") + " " + line.getString("eventType") + " "
                        + (line.getJsonNumber("credit").longValue() - line.getJsonNumber("debit").longValue())).toList(),
                "the statement says which SIG event booked each line, the cancellation included");

        assertEventRejected(api.post("api/sig/events", event("CLAIM_PAID", "A44-P1", "2044-04-25", "claim", "A44-S1")), "claim", "claim.cancelled");
        assertEventRejected(api.post("api/sig/events", event("CLAIM_CANCELLED", "A44-C2", "2044-04-25", "claim", "A44-S1")),
                "claim", "claim.cancelled");
        assertProblem(api.post("api/entries/" + claimEntry + "/reversal", "{\"reason\":\"x\"}"), 409, "entry.owned-by-subledger", "entryId");
    }

    @Test
    void aPaidClaimCannotBeCancelledAndAClaimCancelledInTheSameSubmissionIsReversedToo() {
        insurerWithFunds("P44-INS", 2_000_000);
        Events.provider(accountant(), "P44-PROV");
        Api api = accountant();
        Api.Reply booked = api.post("api/sig/events/batch", Events.batch(
                event("CLAIM_VALIDATED", "P44-S1", "2044-05-10", "principal", "P44-INS", "provider", "P44-PROV", "invoice", "F-P1",
                        "careMonth", "2044-04", "invoiceReceivedOn", "2044-05-02", "amount", 90_000),
                event("CLAIM_PAID", "P44-P1", "2044-05-12", "claim", "P44-S1"),
                event("CLAIM_VALIDATED", "P44-S2", "2044-05-10", "principal", "P44-INS", "provider", "P44-PROV", "invoice", "F-P2",
                        "careMonth", "2044-04", "invoiceReceivedOn", "2044-05-02", "amount", 60_000),
                event("CLAIM_CANCELLED", "P44-C2", "2044-05-15", "claim", "P44-S2")));
        assertEquals(200, booked.status(), booked::toString);
        JsonObject cancellation = booked.json().getJsonArray("outcomes").getJsonObject(3);
        assertEquals(booked.json().getJsonArray("outcomes").getJsonObject(2).getJsonNumber("entryId").longValue(),
                api.get("api/entries/" + cancellation.getJsonNumber("entryId")).json().getJsonNumber("reversesEntryId").longValue(),
                "the cancellation reverses the entry of the claim validated earlier in the same submission");
        assertEquals(1_910_000, available("P44-INS"));
        assertEquals(0, committed("P44-INS"));
        assertEventRejected(api.post("api/sig/events", event("CLAIM_CANCELLED", "P44-C1", "2044-05-20", "claim", "P44-S1")),
                "claim", "claim.already-paid");
        assertEventRejected(api.post("api/sig/events", event("CLAIM_CANCELLED", "P44-C3", "2044-05-20", "claim", "P44-NONE")),
                "claim", "claim.unknown");
        assertEquals(1_910_000, available("P44-INS"));
    }

    @Test
    void anInsurerSeesAllOfItsOwnFundCallsEvenWhenOtherInsurersHaveMoreThanAPage() throws Exception {
        Api api = accountant();
        List<String> others = List.of("L44-INS1", "L44-INS2", "L44-INS3");
        others.forEach(other -> Events.principal(api, YEAR, other, "INSURER", AGREEMENT));
        Api.Reply own = api.post("api/fund-calls", "{\"principal\":\"ASKIA\",\"amount\":150000,\"issuedOn\":\"2044-01-15\"}");
        assertEquals(201, own.status(), own::toString);
        String ownNumber = own.json().getString("number");
        // 3 x 334 calls, more than the 1 000 rows a list returns, all issued after ASKIA's; a principal's
        // calls follow one another day by day, so each principal is called from its own thread
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(others.size());
        try {
            List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
            for (String other : others) {
                calls.add(threads.submit(() -> {
                    for (int day = 0; day < 334; day++) {
                        Api.Reply issued = accountant().post("api/fund-calls", "{\"principal\":\"" + other + "\",\"amount\":1000,"
                                + "\"issuedOn\":\"" + java.time.LocalDate.of(YEAR, 1, 16).plusDays(day) + "\"}");
                        assertEquals(201, issued.status(), issued::toString);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> call : calls) {
                call.get();
            }
        } finally {
            threads.shutdown();
        }
        List<JsonObject> listed = Api.as(base, Api.INSURER_ASKIA).get("api/fund-calls").jsonArray().getValuesAs(JsonObject.class);
        assertTrue(listed.stream().allMatch(call -> call.getString("principalCode").equals("ASKIA")), "its own calls only");
        assertTrue(listed.stream().anyMatch(call -> call.getString("number").equals(ownNumber)), "its call is not lost behind the page");
        List<JsonObject> page = api.get("api/fund-calls").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1_000, page.size(), "staff get one page of every principal's calls");
        assertTrue(page.stream().noneMatch(call -> call.getString("number").equals(ownNumber)), "where ASKIA's is beyond the page");
    }

    private long committed(String principal) {
        return accountant().get("api/principals/" + principal + "?asOf=2044-12-31").json().getJsonNumber("committed").longValue();
    }

    /** Debit balance of an account at the end of the year. */
    private long balance(String account) {
        return accountant().get("api/accounts/" + account + "/statement?from=2044-12-31&to=2044-12-31").json()
                .getJsonNumber("closing").longValue();
    }

    private JsonObject forcedAlertOf(String principal) {
        List<JsonObject> alerts = accountant().get("api/alerts").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(alert -> principal.equals(alert.getString("principalCode")) && alert.getString("type").equals("FORCED_PAYMENT"))
                .toList();
        assertEquals(1, alerts.size(), alerts::toString);
        return alerts.get(0);
    }

    private static void assertEventRejected(Api.Reply reply, String field, String code) {
        assertEquals(422, reply.status(), reply::toString);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), reply::toString);
        assertEquals(code, error.getString("code"), reply::toString);
    }
}
