package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The fiscal calendar through its API on the deployed EAR: a year generated twice, deadlines moved
 * off a holiday and by an accountant's override, the one-way status, amounts from the ledger,
 * reminders raised once over two runs, bad input refused with nothing written, the report's
 * content, and the demo year. The calendar of 2021 is this test's own (past: a declaration is dated
 * no later than today), with no year in the ledger; its ledger-fed amounts are read in the demo's
 * open 2026, on its own account 448 (no year before the closed 2025 is created any more).
 */
class FiscalCalendarIT extends DeployedLedger {

    private static final int YEAR = 2021;
    /**
     * The ledger-fed obligation's year: the demo's open 2026, after the closed 2025, whose first
     * months have ended (a month's amount is read from the ledger once the month is over).
     */
    private static final int LEDGER_YEAR = 2026;

    private Api accountant() {
        return Api.as(base, Api.ACCOUNTANT);
    }

    @Test
    void generatingAYearTwiceAddsNothingAndDeadlinesMoveOffHolidaysAndByAnOverride() {
        Api accountant = accountant();
        JsonObject first = ok(accountant.post("api/fiscal-calendar/years/" + YEAR, "")).json();
        JsonObject second = ok(accountant.post("api/fiscal-calendar/years/" + YEAR, "")).json();
        assertEquals(0, second.getInt("created"), second::toString);
        assertEquals(first.getInt("created") + first.getInt("alreadyThere"), second.getInt("alreadyThere"));
        List<JsonObject> year = occurrences(accountant, "year=" + YEAR);
        assertEquals(second.getInt("alreadyThere"), year.size());
        assertTrue(year.size() >= 4 * 12 + 2, "four monthly obligations and two annual returns");

        // July's pension contributions: the 15th of August 2021 is a Sunday and the Assumption: Monday 16th
        JsonObject july = find(year, "IPRES", YEAR + "-07-01");
        assertEquals(YEAR + "-08-15", july.getString("declarationNominal"));
        assertEquals(YEAR + "-08-16", july.getString("declarationDue"));
        JsonObject annual = find(year, "DAS", YEAR + "-01-01");
        assertEquals((YEAR + 1) + "-01-31", annual.getString("declarationDue"), "a Monday");
        assertFalse(annual.containsKey("paymentDue"), "a return without payment");

        // The Tamkharit (Ashura) of 2021, computed on 18 August, observed on Monday 16th: July's deadline moves on
        JsonObject moved = created(accountant.post("api/fiscal-calendar/holidays/overrides", """
                {"key":"islamic.ASCHURA","computedDate":"2021-08-18","observedDate":"2021-08-16",
                 "reason":"Croissant lunaire aperçu le 7 août"}""")).json();
        assertEquals("2021-08-16", moved.getString("observedDate"));
        assertEquals("accountant", moved.getString("recordedBy"));
        JsonObject julyAfter = find(occurrences(accountant, "year=" + YEAR), "IPRES", YEAR + "-07-01");
        assertEquals(YEAR + "-08-17", julyAfter.getString("declarationDue"));
        assertEquals(YEAR + "-08-17", julyAfter.getString("paymentDue"));
        JsonObject holiday = ok(accountant.get("api/fiscal-calendar/holidays?year=" + YEAR)).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(h -> h.getString("key").equals("islamic.ASCHURA")).findFirst().orElseThrow();
        assertEquals("Croissant lunaire aperçu le 7 août", holiday.getString("reason"), "the override is kept with who and why");
    }

    @Test
    void anOccurrenceIsDeclaredThenPaidOnceAndNeverBackwards() {
        Api accountant = accountant();
        ok(accountant.post("api/fiscal-calendar/years/" + YEAR, ""));
        long id = find(occurrences(accountant, "year=" + YEAR), "CSS", YEAR + "-03-01").getJsonNumber("id").longValue();
        String path = "api/fiscal-calendar/occurrences/" + id;

        PostingIT.assertProblem(accountant.post(path + "/pay", "{\"paidOn\":\"2021-04-15\"}"), 409, "fiscal-obligation.step", "id");
        PostingIT.assertProblem(accountant.post(path + "/declare", "{\"declaredOn\":\"2099-01-01\"}"), 400, "field.invalid", "declaredOn");
        PostingIT.assertProblem(accountant.post(path + "/declare", "{\"amount\":-5}"), 400, "field.invalid", "amount");
        PostingIT.assertProblem(Api.as(base, Api.DIRECTOR).post(path + "/declare", "{}"), 403, "auth.forbidden", null);
        assertEquals("TO_DECLARE", ok(accountant.get(path)).json().getString("status"), "nothing written");

        JsonObject declared = ok(accountant.post(path + "/declare", "{\"declaredOn\":\"2021-04-14\",\"amount\":63000}")).json();
        assertEquals("DECLARED", declared.getString("status"));
        assertEquals(63_000, declared.getJsonNumber("amount").longValue());
        assertEquals("accountant", declared.getString("declaredBy"));
        PostingIT.assertProblem(accountant.post(path + "/declare", "{}"), 409, "fiscal-obligation.step", "id");

        JsonObject paid = ok(accountant.post(path + "/pay", "{\"paidOn\":\"2021-04-20\",\"chequeReference\":\"CHQ-0009001\"}")).json();
        assertEquals("PAID", paid.getString("status"));
        assertEquals("CHQ-0009001", paid.getString("chequeReference"));
        // due Thursday 15 April, paid the 20th: 5 % + 0.5 % for the month started
        assertEquals(3_465, paid.getJsonNumber("penaltyExposure").longValue());
        PostingIT.assertProblem(accountant.post(path + "/pay", "{}"), 409, "fiscal-obligation.step", "id");
    }

    /** In the ledger's open 2026, after the closed 2025: its balances are read from the books. */
    @Test
    void aLedgerFedAmountIsTheAccountsBalanceLessWhatEarlierPeriodsStillOwe() {
        Api accountant = accountant();
        accountant.post("api/fiscal-years", "{\"year\":" + LEDGER_YEAR + "}");
        int status = accountant.post("api/fiscal-calendar/obligations", """
                {"code":"IT-LEDGER","name":"Taxe de test sur le compte 448","validFrom":"2021-01-01","frequency":"MONTHLY",
                 "declarationMonths":1,"declarationDay":10,"paymentMonths":1,"paymentDay":10,"amountSource":"LEDGER",
                 "accountCode":"448"}""").status();
        assertTrue(status == 201 || status == 409, "created, or there from an earlier run");
        Api.Reply entry = accountant.post("api/entries", Entries.simple("OD", LEDGER_YEAR + "-03-25", "FISC-IT-0325", "648", "448", "120000"));
        assertTrue(entry.status() == 201 || entry.status() == 200, entry::toString);
        ok(accountant.post("api/fiscal-calendar/years/" + LEDGER_YEAR, ""));
        List<JsonObject> year = occurrences(accountant, "year=" + LEDGER_YEAR);
        assertEquals(120_000, find(year, "IT-LEDGER", LEDGER_YEAR + "-03-01").getJsonNumber("amount").longValue());
        assertEquals(0, find(year, "IT-LEDGER", LEDGER_YEAR + "-04-01").getJsonNumber("amount").longValue(),
                "March's amount, still unpaid at the end of April, is not April's");
        assertEquals(0, find(year, "IT-LEDGER", LEDGER_YEAR + "-02-01").getJsonNumber("amount").longValue());
        assertEquals("448", find(year, "IT-LEDGER", LEDGER_YEAR + "-03-01").getString("accountCode"));
    }

    @Test
    void remindersAreRaisedOnceHoweverManyTimesTheTimerRuns() {
        Api accountant = accountant();
        ok(accountant.post("api/fiscal-calendar/years/" + YEAR, ""));
        // February's returns are due on Monday 15 March 2021 (the salary withholdings, nil, go quarterly)
        List<JsonObject> firstRun = ok(accountant.post("api/fiscal-calendar/reminders/run?asOf=2021-03-09", "")).jsonArray()
                .getValuesAs(JsonObject.class);
        List<JsonObject> secondRun = ok(accountant.post("api/fiscal-calendar/reminders/run?asOf=2021-03-09", "")).jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(0, secondRun.size(), secondRun::toString);
        JsonObject pensions = firstRun.stream().filter(r -> r.getString("obligationCode").equals("IPRES")
                && r.getString("periodLabel").equals("février 2021")).findFirst().orElseThrow(() -> new AssertionError(firstRun.toString()));
        assertEquals("DUE_IN_7_DAYS", pensions.getString("kind"));
        assertEquals("2021-03-15", pensions.getString("dueOn"));
        assertEquals("DECLARATION", pensions.getString("deadline"));

        List<JsonObject> twoDaysBefore = ok(accountant.post("api/fiscal-calendar/reminders/run?asOf=2021-03-13", "")).jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(twoDaysBefore.stream().anyMatch(r -> r.getJsonNumber("occurrenceId").longValue() == pensions.getJsonNumber("occurrenceId").longValue()
                && r.getString("kind").equals("DUE_IN_2_DAYS")), twoDaysBefore::toString);
        assertEquals(0, ok(accountant.post("api/fiscal-calendar/reminders/run?asOf=2021-03-13", "")).jsonArray().size());

        List<JsonObject> all = ok(Api.as(base, Api.AUDITOR).get("api/fiscal-calendar/reminders?open=false")).jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(2, all.stream().filter(r -> r.getJsonNumber("occurrenceId").longValue() == pensions.getJsonNumber("occurrenceId").longValue())
                .count(), "one reminder per kind");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/reminders/run?asOf=13/03/2021", ""), 400, "field.invalid", "asOf");
    }

    @Test
    void aBadObligationIsRefusedNamingTheFieldAndNothingIsWritten() {
        Api accountant = accountant();
        int before = ok(accountant.get("api/fiscal-calendar/obligations")).jsonArray().size();
        String valid = """
                "code":"IT-BAD","name":"Refusée","validFrom":"2021-01-01","declarationMonths":1,"declarationDay":15""";
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/obligations",
                "{" + valid + ",\"frequency\":\"WEEKLY\",\"amountSource\":\"ENTERED\"}"), 400, "field.invalid", "frequency");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/obligations",
                "{" + valid + ",\"frequency\":\"MONTHLY\",\"amountSource\":\"LEDGER\"}"), 400, "field.required", "accountCode");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/obligations",
                "{" + valid + ",\"frequency\":\"MONTHLY\",\"amountSource\":\"LEDGER\",\"accountCode\":\"4499\"}"), 422, "account.unknown", "accountCode");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/obligations",
                "{" + valid + ",\"frequency\":\"MONTHLY\",\"amountSource\":\"ENTERED\",\"paymentDay\":40,\"paymentMonths\":1}"), 400, "field.invalid", "paymentDay");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/obligations/CSS/versions",
                "{\"validFrom\":\"2013-01-01\",\"frequency\":\"MONTHLY\",\"declarationMonths\":1,\"declarationDay\":15,"
                        + "\"amountSource\":\"LEDGER\",\"accountCode\":\"431\"}"), 409, "fiscal-obligation.exists", "validFrom");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/holidays/overrides",
                "{\"key\":\"NEW_YEAR\",\"computedDate\":\"2021-01-01\",\"observedDate\":\"2021-01-02\",\"reason\":\"x\"}"), 422, "holiday.unknown", "key");
        PostingIT.assertProblem(accountant.post("api/fiscal-calendar/holidays/overrides",
                "{\"key\":\"islamic.ID_UL_ADHA\",\"computedDate\":\"2021-07-20\",\"observedDate\":\"2021-08-20\",\"reason\":\"x\"}"), 400, "field.invalid", "observedDate");
        PostingIT.assertProblem(accountant.get("api/fiscal-calendar/occurrences?year=vingt"), 400, "field.invalid", "year");
        assertEquals(before, ok(accountant.get("api/fiscal-calendar/obligations")).jsonArray().size(), "nothing written");
        assertEquals(1, ok(accountant.get("api/fiscal-calendar/obligations/CSS")).json().getJsonArray("versions").size());
    }

    @Test
    void theReportListsTheYearWithStatusesInPdfAndXlsx() throws IOException {
        Api accountant = accountant();
        ok(accountant.post("api/fiscal-calendar/years/" + YEAR, ""));
        Api.Reply pdf = ok(Api.as(base, Api.DIRECTOR).get("api/fiscal-calendar/report?year=" + YEAR + "&format=pdf"));
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf::toString);
        String text = PdfText.of(pdf.bytes());
        assertTrue(text.contains("Calendrier fiscal et social"), text);
        assertTrue(text.contains("Exercice " + YEAR), text);
        assertTrue(text.contains("Cotisations IPRES (retraite)"), text);
        assertTrue(text.contains("juillet " + YEAR), text);
        assertTrue(text.contains("sans paiement"), text);

        Api.Reply xlsx = ok(Api.as(base, Api.AUDITOR).get("api/fiscal-calendar/report?year=" + YEAR + "&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            String cells = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .flatMap(row -> java.util.stream.StreamSupport.stream(((Row) row).spliterator(), false))
                    .map(Cell::toString).collect(Collectors.joining("|"));
            assertTrue(cells.contains("Retenues sur salaires (IR, TRIMF) et CFCE"), cells);
            assertTrue(cells.contains("À déclarer"), cells);
            assertTrue(cells.contains("16/08/" + YEAR) || cells.contains("17/08/" + YEAR), "July's shifted deadline");
        }
        PostingIT.assertProblem(accountant.get("api/fiscal-calendar/report?year=" + YEAR + "&format=html"), 400, "field.invalid", "format");
    }

    @Test
    void theDemoYearIsMostlyPaidWithSomeLateAndPenalised() {
        List<JsonObject> demo = occurrences(Api.as(base, Api.AUDITOR), "year=2025");
        assertEquals(4 * 12 + 2, demo.size());
        long paid = demo.stream().filter(o -> o.getString("status").equals("PAID")).count();
        assertTrue(paid >= 40, "most are paid: " + paid);
        JsonObject lateIpres = find(demo, "IPRES", "2025-05-01");
        // 14 % of May's gross salaries (2 425 000) = 339 500, filed and paid 10 days late: the fine,
        // and 5 % + 0.5 % of 339 500 = 18 672.5, rounded half-even
        assertEquals(339_500, lateIpres.getJsonNumber("amount").longValue());
        assertEquals(200_000 + 18_672, lateIpres.getJsonNumber("penaltyExposure").longValue());
        assertEquals(200_000, find(demo, "DAS", "2025-01-01").getJsonNumber("penaltyExposure").longValue(), "filed 9 days late");
        assertEquals("TO_DECLARE", find(demo, "ETATS-FINANCIERS", "2025-01-01").getString("status"));
        LedgerAssertions.assertLedgerConsistent(accountant(), 2025);
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private static Api.Reply created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply;
    }

    private static List<JsonObject> occurrences(Api api, String query) {
        return ok(api.get("api/fiscal-calendar/occurrences?" + query)).jsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject find(List<JsonObject> occurrences, String obligation, String periodStart) {
        return occurrences.stream().filter(o -> o.getString("obligationCode").equals(obligation) && o.getString("periodStart").equals(periodStart))
                .findFirst().orElseThrow(() -> new AssertionError(obligation + " " + periodStart + " not in " + occurrences));
    }
}
