package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Fiscal obligations paid by the register's cheques (docs/obligation-cheques.md), in the demo's
 * open year 2026 on days before today (a step of the calendar is never dated in the future, and
 * the years before the closed 2025 take no posting: 2026 is the only open year that has begun),
 * with an obligation of its own (IT-CHEQUE, on account 4479) and a pool bank account of its own
 * (CQ-FISC, 5210 / 52190, 1 000 000 F): a cheque prepared from a declared occurrence, its release
 * paying the occurrence on the release date, its void making it payable again; two preparations at
 * once writing one cheque; the planner releasing the fiscal cheque before an older supplier's; the
 * fiscal.cheques reconciliation failing on an occurrence altered behind the application; the
 * « Préparer le chèque » button of the calendar page; and the demo's obligations paid by cheques.
 */
class ObligationChequeIT extends DeployedLedger {

    private static final int YEAR = 2026;
    private static final String BANK = "CQ-FISC";
    private static final String OBLIGATION = "IT-CHEQUE";
    private static final String ACCOUNT = "4479";
    private static final String PAYEE = "Recette des impôts de Dakar-Plateau";

    private Api accountant;

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "obligation-tamper.war").addClass(RegisterTamper.class);
    }

    /** Idempotent: the year, the account, the obligation, the bank account with its book and its funds. */
    @BeforeEach
    void setUp() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        accountant.post("api/fiscal-years", "{\"year\":" + YEAR + "}");
        accountant.post("api/accounts", "{\"code\":\"" + ACCOUNT + "\",\"name\":\"État, taxe de test des chèques d'échéance\"}");
        accountant.post("api/fiscal-calendar/obligations", """
                {"code":"%s","name":"Taxe de test payée par chèque","validFrom":"%d-01-01","frequency":"MONTHLY",
                 "declarationMonths":1,"declarationDay":15,"paymentMonths":1,"paymentDay":15,"amountSource":"LEDGER",
                 "accountCode":"%s"}""".formatted(OBLIGATION, YEAR, ACCOUNT));
        if (accountant.get("api/bank-accounts/" + BANK).status() == 404) {
            assertEquals(201, accountant.post("api/accounts", "{\"code\":\"5210\",\"name\":\"Banque " + BANK + "\"}").status());
            assertEquals(201, accountant.post("api/accounts", "{\"code\":\"52190\",\"name\":\"Chèques émis " + BANK + "\"}").status());
            Api.Reply registered = accountant.post("api/bank-accounts", """
                    {"code":"%s","bankName":"Banque de test","accountNumber":"SN-%s","ledgerAccount":"5210","issuedAccount":"52190",
                     "principalsMoney":false}""".formatted(BANK, BANK));
            assertEquals(201, registered.status(), registered::toString);
            assertEquals(201, accountant.post("api/bank-accounts/" + BANK + "/cheque-books",
                    "{\"firstNumber\":1,\"lastNumber\":60,\"receivedOn\":\"" + YEAR + "-01-02\"}").status());
            assertEquals(201, accountant.post("api/entries", entry("BQ", YEAR + "-01-02", "CQF-FUND", "Virement vers " + BANK,
                    line("5210", "1000000", null), line("4738", null, "1000000"))).status());
        }
        assertEquals(200, accountant.post("api/fiscal-calendar/years/" + YEAR, "").status());
    }

    @Test
    void aChequePreparedFromADeclaredOccurrencePaysItWhenReleasedAndItsVoidMakesItPayableAgain() {
        long id = declared("01", "200000", YEAR + "-02-10");
        String path = "api/fiscal-calendar/occurrences/" + id;
        assertProblem(accountant.post(path + "/cheque", "{\"bankAccount\":\"" + BANK + "\",\"date\":\"" + YEAR + "-02-10\"}"),
                400, "field.required", "payee");
        assertProblem(accountant.post(path + "/cheque", "{\"bankAccount\":\"BQ-MANDANTS\",\"date\":\"" + YEAR + "-02-10\",\"payee\":\"" + PAYEE + "\"}"),
                422, "cheque.wrong-bank-account", "bankAccount");
        assertProblem(accountant.post(path + "/cheque", prepareBody(YEAR + "-02-09")), 400, "field.invalid", "date");
        assertFalse(occurrence(id).containsKey("chequeId"), "nothing written");

        JsonObject prepared = created(accountant.post(path + "/cheque", prepareBody(YEAR + "-02-10")));
        JsonObject cheque = prepared.getJsonObject("cheque");
        String reference = cheque.getString("reference");
        assertEquals("TAX", cheque.getString("kind"));
        assertEquals(ACCOUNT, cheque.getString("payableAccount"));
        assertEquals(PAYEE, cheque.getString("payee"));
        assertEquals(200_000, cheque.getJsonNumber("amount").longValue());
        assertEquals(YEAR + "-02-16", cheque.getString("latestReleaseOn"), "the occurrence's payment deadline (the 15th a Sunday)");
        assertEquals("Taxe de test payée par chèque (janvier " + YEAR + ")", cheque.getString("settles"));
        assertEquals(id, cheque.getJsonNumber("occurrenceId").longValue());
        JsonObject linked = prepared.getJsonObject("occurrence");
        assertEquals("DECLARED", linked.getString("status"), "prepared: not paid yet");
        assertEquals(reference, linked.getString("chequeReference"));
        assertEquals("PREPARED", linked.getString("chequeStatus"));

        assertProblem(accountant.post(path + "/cheque", prepareBody(YEAR + "-02-10")), 409, "fiscal-obligation.in-cheque", "id");
        assertProblem(accountant.post(path + "/pay", "{\"paidOn\":\"" + YEAR + "-02-11\"}"), 409, "fiscal-obligation.in-cheque", "id");
        assertProblem(accountant.post(path + "/pay", "{\"paidOn\":\"" + YEAR + "-02-11\",\"chequeId\":" + cheque.getJsonNumber("id") + "}"),
                400, "field.invalid", "chequeId");
        assertProblem(accountant.post("api/cheques/payable", """
                {"bankAccount":"%s","kind":"TAX","account":"%s","payee":"%s","amount":1000,"date":"%d-02-10"}"""
                .formatted(BANK, ACCOUNT, PAYEE, YEAR)), 400, "field.invalid", "account");

        step(reference, "held", YEAR + "-02-10");
        assertEquals(200, release(YEAR + "-02-20", reference).status());
        JsonObject paid = occurrence(id);
        assertEquals("PAID", paid.getString("status"));
        assertEquals(YEAR + "-02-20", paid.getString("paidOn"), "paid on the release date");
        assertEquals("RELEASED", paid.getString("chequeStatus"));
        // due Monday 16 February (the 15th a Sunday), released the 20th: 5 % + 0.5 % for the month started, from the actual payment date
        assertEquals(11_000, paid.getJsonNumber("penaltyExposure").longValue());
        assertEquals(0, closing(ACCOUNT, YEAR + "-02-20"), "the tax is paid");
        assertEquals(-200_000, closing("52190", YEAR + "-02-20"), "cheques issued not cashed");

        JsonObject voided = accountant.post("api/cheques/" + reference + "/voided",
                "{\"date\":\"" + YEAR + "-02-22\",\"reason\":\"Chèque perdu avant présentation, opposition faite\"}").json();
        assertEquals("VOIDED", voided.getString("status"));
        JsonObject again = occurrence(id);
        assertEquals("DECLARED", again.getString("status"), "payable again");
        assertFalse(again.containsKey("paidOn"), again::toString);
        assertFalse(again.containsKey("chequeReference"), again::toString);
        assertEquals(-200_000, closing(ACCOUNT, YEAR + "-02-22"), "the release is reversed: the tax is owed again");

        JsonObject second = created(accountant.post(path + "/cheque", prepareBody(YEAR + "-02-23"))).getJsonObject("cheque");
        assertEquals("PREPARED", second.getString("status"), "a new cheque for the occurrence payable again");
        JsonObject voidedBeforeRelease = accountant.post("api/cheques/" + second.getString("reference") + "/voided",
                "{\"date\":\"" + YEAR + "-02-24\",\"reason\":\"Montant à corriger\"}").json();
        assertEquals("VOIDED", voidedBeforeRelease.getString("status"));
        assertEquals("DECLARED", occurrence(id).getString("status"));
        assertFalse(occurrence(id).containsKey("chequeId"), "its cheque voided before release: free again");
    }

    @Test
    void twoPreparationsAtOnceWriteOneCheque() throws Exception {
        long id = declared("02", "100000", YEAR + "-03-10");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(pool.submit(() -> accountant.post("api/fiscal-calendar/occurrences/" + id + "/cheque", prepareBody(YEAR + "-03-10"))));
        }
        int written = 0;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply answer = reply.get();
            if (answer.status() == 201) {
                written++;
            } else {
                assertProblem(answer, 409, "fiscal-obligation.in-cheque", "id");
            }
        }
        pool.shutdown();
        assertEquals(1, written);
        long live = accountant.get("api/cheques?bankAccount=" + BANK + "&kind=TAX").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.containsKey("occurrenceId") && c.getJsonNumber("occurrenceId").longValue() == id).count();
        assertEquals(1, live, "one cheque in the register for the occurrence");
        voidIts(id);
    }

    @Test
    void thePlannerReleasesTheFiscalChequeFirstAndTheReconciliationCatchesAnOccurrenceAlteredBehindTheApplication() {
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"4015\",\"name\":\"Fournisseur de test CQ-FISC\"}").status());
        assertEquals(201, accountant.post("api/entries", entry("OD", YEAR + "-10-02", "CQF-DEBT", "Facture fournisseur",
                line("605", "800000", null), line("4015", null, "800000"))).status());
        Api.Reply supplier = accountant.post("api/cheques/payable", """
                {"bankAccount":"%s","kind":"SUPPLIER","account":"4015","payee":"Fournisseur de test","amount":800000,"date":"%d-10-03"}"""
                .formatted(BANK, YEAR));
        String older = supplier.jsonArray().getJsonObject(0).getString("reference");
        step(older, "held", YEAR + "-10-03");
        long id = declared("10", "300000", YEAR + "-11-05");
        String fiscal = created(accountant.post("api/fiscal-calendar/occurrences/" + id + "/cheque", prepareBody(YEAR + "-11-05")))
                .getJsonObject("cheque").getString("reference");
        step(fiscal, "held", YEAR + "-11-05");

        // available 1 000 000: the fiscal cheque (rank 1, due Monday 16 November) goes first although held a month later;
        // the supplier's 800 000 no longer fits in the 700 000 left
        JsonObject proposal = accountant.get("api/bank-accounts/" + BANK + "/release-proposal?date=" + YEAR + "-11-10").json();
        assertEquals(1_000_000, proposal.getJsonObject("position").getJsonNumber("available").longValue());
        List<JsonObject> release = proposal.getJsonArray("release").getValuesAs(JsonObject.class);
        assertEquals(List.of(fiscal), release.stream().map(c -> c.getString("reference")).toList());
        assertEquals(YEAR + "-11-16", release.get(0).getString("latestReleaseOn"), "its occurrence's payment deadline");
        assertEquals(id, release.get(0).getJsonNumber("occurrenceId").longValue());
        JsonObject stays = proposal.getJsonArray("stay").getJsonObject(0);
        assertEquals(older, stays.getJsonObject("cheque").getString("reference"));
        assertEquals("BANK_SHORT", stays.getString("code"));
        assertEquals(100_000, stays.getJsonNumber("shortBy").longValue());

        assertEquals(200, release(YEAR + "-11-10", fiscal).status());
        JsonObject paid = occurrence(id);
        assertEquals("PAID", paid.getString("status"));
        assertEquals(0, paid.getJsonNumber("penaltyExposure").longValue(), "paid before its deadline");
        assertTrue(pair(YEAR + "-12-31").getBoolean("tied"));

        assertTampered("UPDATE tax_occurrence SET amount = amount + 1000 WHERE id = " + id,
                "UPDATE tax_occurrence SET amount = amount - 1000 WHERE id = " + id, fiscal, -1_000, -301_000);
        assertTampered("UPDATE tax_occurrence SET status = 'DECLARED', paid_on = NULL, paid_by = NULL, paid_at = NULL WHERE id = " + id,
                "UPDATE tax_occurrence SET status = 'PAID', paid_on = DATE('" + YEAR + "-11-10'), paid_by = 'accountant', "
                        + "paid_at = CAST('" + YEAR + "-11-10 10:00:00' AS TIMESTAMP) WHERE id = " + id, fiscal, 300_000, 0);
    }

    @Test
    void theDemosObligationsOfTheLastMonthsArePaidByChequesAndDecembersAreToDeclare() {
        List<JsonObject> demo = Api.as(base, Api.AUDITOR).get("api/fiscal-calendar/occurrences?year=2025").jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject held = find(demo, "BRS-5", "2025-11-01");
        assertEquals("DECLARED", held.getString("status"));
        assertEquals("HELD", held.getString("chequeStatus"));
        JsonObject released = find(demo, "RETENUES-SALAIRES", "2025-11-01");
        assertEquals("PAID", released.getString("status"));
        assertEquals("RELEASED", released.getString("chequeStatus"));
        assertEquals("2025-12-15", released.getString("paidOn"));
        JsonObject cashed = find(demo, "IPRES", "2025-10-01");
        assertEquals("CASHED", cashed.getString("chequeStatus"));
        for (String obligation : List.of("RETENUES-SALAIRES", "BRS-5", "IPRES", "CSS")) {
            JsonObject december = find(demo, obligation, "2025-12-01");
            assertEquals("TO_DECLARE", december.getString("status"), obligation);
        }
        // December's payroll withholdings once: 9 % + 3 % of the gross (2 400 000 + 0), nothing else on 4471
        assertEquals(288_000, find(demo, "RETENUES-SALAIRES", "2025-12-01").getJsonNumber("amount").longValue());
        JsonObject proposal = accountant.get("api/bank-accounts/BQ-POOL/release-proposal?date=2025-12-31").json();
        assertEquals(held.getString("chequeReference"), proposal.getJsonArray("release").getJsonObject(0).getString("reference"),
                "the held tax cheque first");
        String report = PdfText.of(Api.as(base, Api.DIRECTOR).get("api/fiscal-calendar/report?year=2025&format=pdf").bytes());
        assertTrue(report.contains(held.getString("chequeReference") + " (Bloqué)"), report);
        assertTrue(report.contains(released.getString("chequeReference") + " (Débloqué)"), report);
    }

    @Test
    void theAccountantPreparesTheChequeFromTheCalendarPage() throws IOException {
        long id = declared("03", "150000", YEAR + "-04-10");
        try (Browser session = Browser.open(base)) {
            session.driver().get(session.page("ui/fiscal-calendar.xhtml?month=" + YEAR + "-04"));
            session.logIn("accountant", "compta2025");
            WebElement row = session.waiting().until(visibilityOfElementLocated(By.id("occurrence-" + id)));
            WebElement form = row.findElement(By.cssSelector("form.cheque-form"));
            new org.openqa.selenium.support.ui.Select(form.findElement(By.name("bankAccount"))).selectByValue(BANK);
            session.driver().executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("chequeDate")), YEAR + "-04-10");
            form.findElement(By.name("payee")).sendKeys(PAYEE);
            WebElement table = session.driver().findElement(By.id("occurrences"));
            form.findElement(By.cssSelector("input.cheque")).click();
            session.waiting().until(Browser.left(table));
            String message = session.waiting().until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
            String reference = occurrence(id).getString("chequeReference");
            assertEquals("Chèque " + reference + " préparé pour Taxe de test payée par chèque (mars " + YEAR + ") : 150 000 F, à débloquer "
                    + "au plus tard le 15/04/" + YEAR + ".", message.replaceAll("[\u00A0\u202F]", " "));
            row = session.waiting().until(visibilityOfElementLocated(By.id("occurrence-" + id)));
            assertEquals("Chèque " + reference + " Préparé", row.findElement(By.cssSelector(".register-cheque")).getText().replace('\n', ' '));
            assertTrue(row.findElements(By.cssSelector("form.cheque-form")).isEmpty(), "one cheque per occurrence");
            assertTrue(row.findElements(By.cssSelector("form.pay-form")).isEmpty(), "paid by its cheque's release only");
            session.screenshot("fiscal-calendar-cheque.png");

            row.findElement(By.cssSelector(".register-cheque a.cheque")).click();
            WebElement inRegister = session.waiting().until(visibilityOfElementLocated(By.id("cheque-" + reference)));
            assertTrue(inRegister.getText().contains(PAYEE), inRegister::getText);
            inRegister.findElement(By.cssSelector("a.occurrence-link")).click();
            session.waiting().until(visibilityOfElementLocated(By.id("occurrence-" + id)));
            assertEquals("Échéances de avril " + YEAR, session.textOf("month-label"));
        }
        voidIts(id);
    }

    /** The test's obligation for {@code month} of the year, its amount booked on 4479 at the month's end, declared on {@code declaredOn}. */
    private long declared(String month, String amount, String declaredOn) {
        String end = LocalDate.parse(YEAR + "-" + month + "-01").withDayOfMonth(LocalDate.parse(YEAR + "-" + month + "-01").lengthOfMonth()).toString();
        Api.Reply booked = accountant.post("api/entries", Entries.simple("OD", end, "CQF-TAX-" + month, "648", ACCOUNT, amount));
        assertTrue(booked.status() == 201 || booked.status() == 200, booked::toString);
        long id = find(accountant.get("api/fiscal-calendar/occurrences?year=" + YEAR).jsonArray().getValuesAs(JsonObject.class),
                OBLIGATION, YEAR + "-" + month + "-01").getJsonNumber("id").longValue();
        assertProblem(accountant.post("api/fiscal-calendar/occurrences/" + id + "/cheque", prepareBody(declaredOn)), 409,
                "fiscal-obligation.step", "id");
        JsonObject declaration = accountant.post("api/fiscal-calendar/occurrences/" + id + "/declare", "{\"declaredOn\":\"" + declaredOn + "\"}").json();
        assertEquals(Long.parseLong(amount), declaration.getJsonNumber("amount").longValue(), declaration::toString);
        return id;
    }

    /** Voids the occurrence's cheque, so that it keeps no prepared cheque on the account (what it owes counts them). */
    private void voidIts(long occurrence) {
        String reference = occurrence(occurrence).getString("chequeReference");
        assertEquals(200, accountant.post("api/cheques/" + reference + "/voided", "{\"date\":\"" + YEAR
                + "-12-30\",\"reason\":\"Fin du test\"}").status());
    }

    private void assertTampered(String alteration, String undo, String cheque, long difference, long registerAmount) {
        assertEquals("1", sql(alteration));
        try {
            JsonObject pair = pair(YEAR + "-12-31");
            assertFalse(pair.getBoolean("tied"), pair::toString);
            assertEquals(difference, pair.getJsonNumber("difference").longValue(), pair::toString);
            JsonObject first = pair.getJsonObject("firstDifference");
            assertEquals(ACCOUNT, first.getString("account"), pair::toString);
            assertEquals("TREASURY", first.getString("source"), pair::toString);
            assertEquals(cheque + "/DEBLOCAGE", first.getString("reference"), pair::toString);
            assertEquals(registerAmount, first.getJsonNumber("registerAmount").longValue(), pair::toString);
            assertEquals(-300_000, first.getJsonNumber("ledgerAmount").longValue(), pair::toString);
        } finally {
            assertEquals("1", sql(undo));
        }
        assertTrue(pair(YEAR + "-12-31").getBoolean("tied"), "tied again once undone");
    }

    private JsonObject pair(String asOf) {
        return Api.as(base, Api.AUDITOR).get("api/reconciliation?asOf=" + asOf).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("fiscal.cheques")).findFirst().orElseThrow();
    }

    private static String prepareBody(String date) {
        return "{\"bankAccount\":\"" + BANK + "\",\"date\":\"" + date + "\",\"payee\":\"" + PAYEE + "\"}";
    }

    private JsonObject occurrence(long id) {
        Api.Reply reply = accountant.get("api/fiscal-calendar/occurrences/" + id);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private Api.Reply release(String date, String reference) {
        return accountant.post("api/bank-accounts/" + BANK + "/releases", "{\"date\":\"" + date + "\",\"cheques\":[\"" + reference + "\"]}");
    }

    private void step(String reference, String step, String date) {
        Api.Reply reply = accountant.post("api/cheques/" + reference + "/" + step, "{\"date\":\"" + date + "\"}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private long closing(String account, String date) {
        return accountant.get("api/accounts/" + account + "/statement?from=" + date + "&to=" + date).json().getJsonNumber("closing").longValue();
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static JsonObject find(List<JsonObject> occurrences, String obligation, String periodStart) {
        return occurrences.stream().filter(o -> o.getString("obligationCode").equals(obligation) && o.getString("periodStart").equals(periodStart))
                .findFirst().orElseThrow(() -> new AssertionError(obligation + " " + periodStart));
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }
}
