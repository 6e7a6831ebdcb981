package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Front-office and business-introduction commissions of 2026's first quarters, on parties of their
 * own (the demo's 2025 runs come before: runs go forward quarter by quarter), hand-computed:
 * <ul>
 *   <li>CM-GO-A: 7 % then 8 % from 15 February; 1 000 000 collected on 25 January (70 000) and
 *       2 000 000 on 10 March (160 000): 230 000, 5 % withheld 11 500, net 218 500;</li>
 *   <li>CM-GO-B: 10 %, 300 000 collected on 20 February: 30 000, withheld 1 500, net 28 500; then
 *       150 000 dated 28 March booked after the run: Q2's adjustment, 15 000 (below the threshold);</li>
 *   <li>CM-MUT, a delegating scheme: no agreement possible (refused, nothing written);</li>
 *   <li>CM-BRK, broker at 5 % on the contract it brought (CM-GO-A's January quittance): 50 000, withheld 2 500.</li>
 * </ul>
 * Policy costs (50 000) and taxes (30 000) of each quittance are outside the base.
 */
class CommissionRunIT extends DeployedLedger {

    private static final String INSURER = "CM-INS";
    private static final String GROUP_A = "CM-GO-A";
    private static final String GROUP_B = "CM-GO-B";
    private static final String SCHEME = "CM-MUT";
    private static final String BROKER = "CM-BRK";
    private static final String BANK = "CM-BANK";

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "commission-tamper.war").addClass(RegisterTamper.class);
    }

    @Test
    void quartersAreComputedConfirmedOncePaidByHeldChequesAndReconciled() throws Exception {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        parties(accountant);
        badInputWritesNothing(accountant);
        agreements(accountant);
        book(accountant,
                issue("CM-Q1", "2026-01-05", GROUP_A, BROKER, 1_000_000), event("PREMIUM_COLLECTED", "CM-E1", "2026-01-25", "premium", "CM-Q1", "amount", 1_080_000),
                issue("CM-Q2", "2026-02-01", GROUP_B, null, 300_000), event("PREMIUM_COLLECTED", "CM-E2", "2026-02-20", "premium", "CM-Q2", "amount", 380_000),
                issue("CM-Q3", "2026-03-01", GROUP_A, null, 2_000_000), event("PREMIUM_COLLECTED", "CM-E3", "2026-03-10", "premium", "CM-Q3", "amount", 2_080_000));

        JsonObject preview = accountant.get("api/commissions/front-office/2026-Q1/preview").json();
        assertFalse(preview.getBoolean("confirmed"));
        JsonObject a = line(preview, GROUP_A);
        assertEquals(3_000_000, a.getJsonNumber("base").longValue(), "premiums net of policy costs and taxes");
        assertEquals(230_000, a.getJsonNumber("commission").longValue());
        assertEquals(11_500, a.getJsonNumber("withholding").longValue());
        assertEquals(218_500, a.getJsonNumber("net").longValue());
        List<JsonObject> segments = a.getJsonArray("segments").getValuesAs(JsonObject.class);
        assertEquals(List.of(70_000L, 160_000L), segments.stream().map(s -> s.getJsonNumber("commission").longValue()).toList(),
                "the rate change of 15 February splits the base");
        assertEquals(List.of("CM-Q1", "CM-Q3"), a.getJsonArray("collections").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("quittance")).toList());
        assertEquals(28_500, line(preview, GROUP_B).getJsonNumber("net").longValue());
        assertTrue(preview.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> l.getString("partyCode").equals(SCHEME)), "a delegating scheme earns nothing");

        JsonObject run = confirmedConcurrently(accountant, "front-office/2026-Q1");
        long runId = run.getJsonNumber("id").longValue();
        assertTrue(run.getBoolean("confirmed"));
        assertEquals(218_500, line(run, GROUP_A).getJsonNumber("net").longValue());
        assertEquals(1, accountant.get("api/commissions/runs?kind=FRONT_OFFICE").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("quarter").equals("2026-Q1")).count(), "booked once");
        Api.Reply again = accountant.post("api/commissions/front-office/2026-Q1/confirm", "{\"bankAccount\":\"" + BANK + "\"}");
        assertEquals(200, again.status(), again::toString);
        assertEquals(runId, again.json().getJsonNumber("id").longValue(), "a replay answers the first run");

        assertEquals(218_500, closing("4191." + GROUP_A, "2026-03-31"));
        assertEquals(28_500, closing("4191." + GROUP_B, "2026-03-31"));
        JsonObject cheque = cheque(accountant, line(run, GROUP_A).getString("chequeReference"));
        assertEquals("HELD", cheque.getString("status"));
        assertEquals(218_500, cheque.getJsonNumber("amount").longValue());
        assertEquals("COMMISSION", cheque.getString("kind"));

        String arrete = FundCallIT.pdfText(accountant.get("api/commissions/runs/" + runId + "/arrete"));
        for (String expected : List.of("Arrêté de décompte des commissions", "Commissions front-office — trimestre 2026-Q1",
                GROUP_A + " (test)", "4191." + GROUP_A, "taux du 15/02/2026", "8 %", "160 000", "70 000")) {
            assertTrue(arrete.contains(expected), expected + " in " + arrete);
        }
        String bordereau = FundCallIT.pdfText(accountant.get("api/commissions/runs/" + runId + "/bordereau"));
        for (String expected : List.of("Bordereau de reversement des commissions", "218 500", "11 500", "28 500",
                cheque.getString("reference"))) {
            assertTrue(bordereau.contains(expected), expected + " in " + bordereau);
        }

        // the demo's own first quarter of 2026 (the newcomer's) is in the same run: the teachers' group, its cheque held
        JsonObject teachers = line(run, "GO-ENSEIGNANTS");
        assertTrue(teachers.getJsonNumber("net").longValue() > 0, teachers::toString);
        assertEquals("HELD", cheque(accountant, teachers.getString("chequeReference")).getString("status"));
        assertTrue(bordereau.contains(teachers.getString("chequeReference")), "the teachers' cheque in the bordereau");

        JsonObject broker = line(confirmed(accountant, "business-introduction/2026-Q1"), BROKER);
        assertEquals(1_000_000, broker.getJsonNumber("base").longValue());
        assertEquals(47_500, broker.getJsonNumber("net").longValue());
        assertEquals(47_500, closing("4012." + BROKER, "2026-03-31"));

        // a collection of March booked after the run: the next quarter's adjustment, shown as such
        book(accountant, issue("CM-Q5", "2026-03-02", GROUP_B, null, 150_000),
                event("PREMIUM_COLLECTED", "CM-E5", "2026-03-28", "premium", "CM-Q5", "amount", 230_000));
        JsonObject adjusted = line(accountant.get("api/commissions/front-office/2026-Q2/preview").json(), GROUP_B);
        assertEquals(150_000, adjusted.getJsonNumber("adjustmentBase").longValue());
        assertEquals(0, adjusted.getJsonNumber("base").longValue());
        assertTrue(adjusted.getJsonArray("segments").getJsonObject(0).getBoolean("adjustment"));
        assertEquals(15_000, line(confirmed(accountant, "front-office/2026-Q2"), GROUP_B).getJsonNumber("net").longValue(),
                "10 % of 150 000, under the withholding threshold");
        assertEquals(43_500, closing("4191." + GROUP_B, "2026-06-30"));

        tamperingBreaksThePair();
    }

    private void parties(Api accountant) {
        Events.principal(accountant, 2026, INSURER, "INSURER", Events.insurerAgreement("2026-01-01", 10_000_000, 0));
        for (String[] party : List.of(new String[] {GROUP_A, "SUBSCRIBER_GROUP"}, new String[] {GROUP_B, "SUBSCRIBER_GROUP"},
                new String[] {BROKER, "BROKER"})) {
            accountant.post("api/parties", "{\"code\":\"" + party[0] + "\",\"type\":\"" + party[1] + "\",\"name\":\"" + party[0] + " (test)\"}");
        }
        accountant.post("api/parties", "{\"code\":\"" + SCHEME + "\",\"type\":\"DELEGATING_SCHEME\",\"name\":\"" + SCHEME
                + " (test)\",\"schemeKind\":\"MUTUELLE\"}");
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"5236\",\"name\":\"Banque " + BANK + "\"}").status());
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"52199\",\"name\":\"Chèques émis " + BANK + "\"}").status());
        assertEquals(201, accountant.post("api/bank-accounts", """
                {"code":"%s","bankName":"Banque de test","accountNumber":"SN-CM","ledgerAccount":"5236","issuedAccount":"52199",
                 "principalsMoney":false}""".formatted(BANK)).status());
        assertEquals(201, accountant.post("api/bank-accounts/" + BANK + "/cheque-books",
                "{\"firstNumber\":1,\"lastNumber\":40,\"receivedOn\":\"2026-01-02\"}").status());
        book(accountant, event("FUNDS_RECEIVED", "CM-F1", "2026-01-03", "principal", INSURER, "amount", 5_000_000));
    }

    private void badInputWritesNothing(Api accountant) {
        String agreements = accountant.get("api/commissions/agreements?kind=FRONT_OFFICE").text();
        String runs = accountant.get("api/commissions/runs").text();
        record Bad(String path, String json, int status, String code, String field) {
        }
        for (Bad bad : List.of(
                new Bad("agreements/" + GROUP_A, "{\"validFrom\":\"2026-01-01\",\"rate\":1.5}", 400, "field.invalid", "rate"),
                new Bad("agreements/" + GROUP_A, "{\"validFrom\":\"2026-01-01\",\"rate\":-0.01}", 400, "field.invalid", "rate"),
                new Bad("agreements/" + GROUP_A, "{\"rate\":0.07}", 400, "field.required", "validFrom"),
                new Bad("agreements/" + SCHEME, "{\"validFrom\":\"2026-01-01\"}", 400, "field.invalid", "party"),
                new Bad("agreements/" + BROKER, "{\"validFrom\":\"2026-01-01\"}", 400, "field.required", "rate"),
                new Bad("agreements/CM-NOBODY", "{\"validFrom\":\"2026-01-01\"}", 404, "party.unknown", "party"),
                new Bad("agreements/" + GROUP_A, "{\"validFrom\":\"2025-06-30\"}", 400, "field.invalid", "validFrom"),
                new Bad("front-office/2026-Q4/confirm", "{\"bankAccount\":\"" + BANK + "\"}", 409, "commission.quarter-open", "quarter"),
                new Bad("front-office/2026-Q5/confirm", "{\"bankAccount\":\"" + BANK + "\"}", 400, "field.invalid", "quarter"),
                new Bad("sales/2026-Q1/confirm", "{\"bankAccount\":\"" + BANK + "\"}", 400, "field.invalid", "kind"),
                new Bad("front-office/2026-Q2/confirm", "{\"bankAccount\":\"" + BANK + "\"}", 409, "commission.run-order", "quarter"),
                new Bad("front-office/2026-Q1/confirm", "{}", 400, "field.required", "bankAccount"),
                new Bad("front-office/2026-Q1/confirm", "{\"bankAccount\":\"" + BANK + "\",\"bookedOn\":\"2026-03-30\"}", 400,
                        "field.invalid", "bookedOn"),
                new Bad("front-office/2026-Q1/confirm", "{\"bankAccount\":\"" + BANK + "\",\"bookedOn\":\"le 31\"}", 400,
                        "field.invalid", "bookedOn"))) {
            assertProblem(accountant.post("api/commissions/" + bad.path(), bad.json()), bad.status(), bad.code(), bad.field());
        }
        assertEquals(403, Api.as(base, Api.DIRECTOR).post("api/commissions/front-office/2026-Q1/confirm",
                "{\"bankAccount\":\"" + BANK + "\"}").status());
        assertEquals(agreements, accountant.get("api/commissions/agreements?kind=FRONT_OFFICE").text(), "no agreement written");
        assertEquals(runs, accountant.get("api/commissions/runs").text(), "no run written");
    }

    private void agreements(Api accountant) {
        assertEquals(201, accountant.post("api/commissions/agreements/" + GROUP_A, "{\"validFrom\":\"2026-01-01\"}").status());
        assertEquals(201, accountant.post("api/commissions/agreements/" + GROUP_A,
                "{\"validFrom\":\"2026-02-15\",\"rate\":0.08,\"comment\":\"Avenant\"}").status());
        assertProblem(accountant.post("api/commissions/agreements/" + GROUP_A, "{\"validFrom\":\"2026-02-15\",\"rate\":0.09}"),
                400, "field.invalid", "validFrom");
        assertEquals(201, accountant.post("api/commissions/agreements/" + GROUP_B, "{\"validFrom\":\"2026-01-01\",\"rate\":0.10}").status());
        assertEquals(201, accountant.post("api/commissions/agreements/" + BROKER, "{\"validFrom\":\"2026-01-01\",\"rate\":0.05}").status());
        List<JsonObject> history = accountant.get("api/commissions/agreements/" + GROUP_A).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("2026-02-15", "2026-01-01"), history.stream().map(v -> v.getString("validFrom")).toList());
        assertEquals(0, history.get(1).getJsonNumber("rate").bigDecimalValue().compareTo(new java.math.BigDecimal("0.07")),
                "7 % by default");
    }

    private JsonObject confirmedConcurrently(Api accountant, String quarter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Reply> confirm = () -> accountant.post("api/commissions/" + quarter + "/confirm", "{\"bankAccount\":\"" + BANK + "\"}");
            List<Future<Api.Reply>> replies = pool.invokeAll(List.of(confirm, confirm));
            Api.Reply first = replies.get(0).get();
            Api.Reply second = replies.get(1).get();
            assertEquals(200, first.status(), first::toString);
            assertEquals(200, second.status(), second::toString);
            assertEquals(first.json().getJsonNumber("id").longValue(), second.json().getJsonNumber("id").longValue(), "one run");
            return first.json();
        } finally {
            pool.shutdown();
        }
    }

    private JsonObject confirmed(Api accountant, String quarter) {
        Api.Reply reply = accountant.post("api/commissions/" + quarter + "/confirm", "{\"bankAccount\":\"" + BANK + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** A commission line altered behind the application: the pair names the run's entry on the account, then ties once undone. */
    private void tamperingBreaksThePair() {
        String where = " WHERE account_code = '4191." + GROUP_A + "'";
        assertEquals("1", sql("UPDATE commission_line SET commission = commission + 1000, net_amount = net_amount + 1000" + where));
        try {
            JsonObject pair = pair();
            assertFalse(pair.getBoolean("tied"), pair::toString);
            assertEquals(1_000, pair.getJsonNumber("difference").longValue(), pair::toString);
            JsonObject first = pair.getJsonObject("firstDifference");
            assertEquals("4191." + GROUP_A, first.getString("account"), pair::toString);
            assertEquals("COMMISSION", first.getString("source"), pair::toString);
            assertEquals("COM-FO-2026-Q1", first.getString("reference"), pair::toString);
        } finally {
            assertEquals("1", sql("UPDATE commission_line SET commission = commission - 1000, net_amount = net_amount - 1000" + where));
        }
        assertTrue(pair().getBoolean("tied"), "tied again once undone");
    }

    private JsonObject pair() {
        return Api.as(base, Api.AUDITOR).get("api/reconciliation?asOf=2026-06-30").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("commissions.payables")).findFirst().orElseThrow();
    }

    private static JsonObject line(JsonObject run, String party) {
        return run.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("partyCode").equals(party))
                .findFirst().orElseThrow(() -> new AssertionError(party + " in " + run));
    }

    private static String issue(String reference, String date, String group, String broker, long premium) {
        String issued = event("PREMIUM_ISSUED", reference, date, "principal", INSURER, "contract", "CT-" + group, "subscriberGroup", group,
                "product", "Santé groupe", "periodFrom", date, "periodTo", "2026-12-31", "amount", premium,
                "policyCosts", 50_000, "taxes", 30_000);
        return broker == null ? issued : issued.replaceFirst("}$", ",\"broker\":\"" + broker + "\"}");
    }

    private static void book(Api accountant, String... events) {
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(events));
        assertEquals(200, booked.status(), booked::toString);
    }

    private JsonObject cheque(Api accountant, String reference) {
        return accountant.get("api/cheques?bankAccount=" + BANK).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("reference").equals(reference)).findFirst().orElseThrow();
    }

    private long closing(String account, String date) {
        return -Api.as(base, Api.ACCOUNTANT).get("api/accounts/" + account + "/statement?from=" + date + "&to=" + date).json()
                .getJsonNumber("closing").longValue();
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }
}
