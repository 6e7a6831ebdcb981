package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The providers' incentive (docs/provider-incentive.md) on fiscal year 2048, its own (its bank 5221 / 5222), its
 * periods closed (the result is final): a loss of 2 000 000 F carried from the years before (2047, its own, takes
 * what brings everything before to exactly that) into a 2048 result of 12 000 001 F (base 10 000 001, pool 5 000 000
 * rounded half-even), three hospitals and two other public facilities with their invoices,
 * rejections and direct requests sent as SIG events. Bad input refused with nothing written; the
 * preview's rankings; two confirmations at once booking once (652 / 4019, one held cheque); the
 * workbook's formulas evaluated to the booked shares; the letters and the slip; the incentive.payable
 * reconciliation failing on a share altered behind the application.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncentiveIT extends DeployedLedger {

    private static final int YEAR = 2048;
    private static final String BANK = "CQ-INCENT";
    private static final String INSURER = "INC-ASSUR";
    private static final String PATH = "api/provider-incentive/";

    private Api accountant;

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "incentive-tamper.war").addClass(RegisterTamper.class);
    }

    /**
     * Idempotent: the years, the losses carried, the result, the parties, a year of claims, the
     * pool's bank account of the test, the year's periods closed.
     */
    @BeforeEach
    void setUp() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        if (periodsClosed(accountant, YEAR)) {
            return;
        }
        carryLosses(accountant, YEAR - 1, 2_000_000, "INC-CARRY");
        Events.principal(accountant, YEAR, INSURER, "INSURER", Events.insurerAgreement((YEAR - 1) + "-01-01", 10_000_000, 1_000_000));
        posted(accountant.post("api/entries", entry("OD", YEAR + "-06-30", "INC-INCOME-" + YEAR, "Produits divers",
                line("4738", "12000001", null), line("758", null, "12000001"))));
        for (String[] provider : List.of(new String[] {"INC-H1", "HOSPITAL"}, new String[] {"INC-H2", "HOSPITAL"},
                new String[] {"INC-H3", "HOSPITAL"}, new String[] {"INC-F1", "PUBLIC_FACILITY"}, new String[] {"INC-F2", "PUBLIC_FACILITY"})) {
            accountant.post("api/parties", "{\"code\":\"" + provider[0] + "\",\"type\":\"PROVIDER\",\"name\":\"Établissement " + provider[0]
                    + "\",\"conventionType\":\"" + provider[1] + "\",\"paymentTermDays\":60}");
        }
        Api.Reply events = accountant.post("api/sig/events/batch", Events.batch(
                event("FUNDS_RECEIVED", "INC-FR-1", YEAR + "-01-05", "principal", INSURER, "amount", 2_350_000),
                claim("INC-S-1", "INC-H1", 600_000, "04-10"), claim("INC-S-2", "INC-H1", 400_000, "04-10"),
                claim("INC-S-3", "INC-H2", 300_000, "04-10"), claim("INC-S-4", "INC-H2", 300_000, "05-20"),
                event("CLAIM_REJECTED", "INC-R-1", YEAR + "-04-25", "principal", INSURER, "provider", "INC-H2", "invoice", "F-INC-R-1",
                        "careMonth", YEAR + "-03", "invoiceReceivedOn", YEAR + "-04-10", "amount", 200_000, "label", "Actes facturés deux fois"),
                claim("INC-S-5", "INC-H3", 500_000, "06-15"),
                event("CLAIM_VALIDATED", "INC-M-1", YEAR + "-06-30", "principal", INSURER, "member", "Awa Ndiaye", "provider", "INC-H3",
                        "invoice", "RD-INC-1", "careMonth", YEAR + "-03", "invoiceReceivedOn", YEAR + "-06-20", "amount", 50_000),
                claim("INC-S-6", "INC-F1", 100_000, "04-10"), claim("INC-S-7", "INC-F2", 100_000, "05-15"),
                paid("INC-S-1"), paid("INC-S-2"), paid("INC-S-3"), paid("INC-S-4"), paid("INC-S-5"), paid("INC-M-1"), paid("INC-S-6"),
                paid("INC-S-7")));
        assertEquals(200, events.status(), events::toString);
        if (accountant.get("api/bank-accounts/" + BANK).status() == 404) {
            posted(accountant.post("api/accounts", "{\"code\":\"5221\",\"name\":\"Banque " + BANK + "\"}"));
            posted(accountant.post("api/accounts", "{\"code\":\"5222\",\"name\":\"Chèques émis " + BANK + "\"}"));
            posted(accountant.post("api/bank-accounts", """
                    {"code":"%s","bankName":"Banque de test","accountNumber":"SN-%s","ledgerAccount":"5221","issuedAccount":"5222",
                     "principalsMoney":false}""".formatted(BANK, BANK)));
            posted(accountant.post("api/bank-accounts/" + BANK + "/cheque-books", "{\"firstNumber\":1,\"lastNumber\":20,\"receivedOn\":\"" + YEAR + "-01-02\"}"));
        }
        closePeriods(accountant, YEAR);
    }

    static boolean periodsClosed(Api accountant, int year) {
        List<JsonObject> periods = accountant.get("api/fiscal-years/" + year + "/periods").jsonArray().getValuesAs(JsonObject.class);
        return !periods.isEmpty() && periods.stream().allMatch(p -> p.getString("state").equals("CLOSED"));
    }

    static void closePeriods(Api accountant, int year) {
        for (int month = 1; month <= 12; month++) {
            Api.Reply closed = accountant.post("api/periods/%d-%02d/close".formatted(year, month), "");
            assertTrue(closed.status() == 200 || closed.status() == 409, closed::toString);
        }
    }

    /**
     * Brings what every year up to {@code year} leaves on classes 6 and 7 and on 12x-13x (the
     * base's losses carried forward) to a deficit of exactly {@code losses}, by one entry of that
     * year: the years before belong to the demo and to other tests. Read from the ledger's trial
     * balance of December (a row per heading, earlier results in 128).
     */
    static void carryLosses(Api accountant, int year, long losses, String reference) {
        accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        long deficit = accountant.get("api/trial-balance?period=" + year + "-12").json().getJsonArray("rows").getValuesAs(JsonObject.class)
                .stream().filter(row -> row.getString("accountCode").matches("(6|7|12|13).*"))
                .mapToLong(row -> row.getJsonNumber("closing").longValue()).sum();
        long missing = losses - deficit;
        if (missing != 0) {
            String amount = Long.toString(Math.abs(missing));
            posted(accountant.post("api/entries", entry("OD", year + "-06-30", reference + "-" + year, "Résultat des années antérieures",
                    missing > 0 ? line("658", amount, null) : line("4738", amount, null),
                    missing > 0 ? line("4738", null, amount) : line("758", null, amount))));
        }
    }

    @Test
    @Order(1)
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        int thisYear = LocalDate.now().getYear();
        accountant.post("api/fiscal-years", "{\"year\":" + thisYear + "}");
        String confirm = "{\"bankAccount\":\"" + BANK + "\"}";
        assertProblem(accountant.post(PATH + YEAR + "/confirmation", "{}"), 400, "field.required", "bankAccount");
        assertProblem(accountant.post(PATH + "20x9/confirmation", confirm), 400, "field.invalid", "year");
        assertProblem(accountant.post(PATH + "1901/confirmation", confirm), 404, "incentive.year-unknown", "year");
        assertProblem(accountant.post(PATH + thisYear + "/confirmation", confirm), 422, "incentive.year-not-ended", "year");
        assertProblem(accountant.get(PATH + thisYear + "/preview"), 422, "incentive.year-not-ended", "year");
        assertProblem(accountant.post(PATH + YEAR + "/confirmation", "{\"bankAccount\":\"" + BANK + "\",\"date\":\"" + YEAR + "-12-31\"}"),
                400, "field.invalid", "date");
        assertProblem(accountant.post(PATH + YEAR + "/confirmation", "{\"bankAccount\":\"" + BANK + "\"}"), 400, "field.invalid", "date");
        assertProblem(accountant.post(PATH + YEAR + "/confirmation", "{\"bankAccount\":\"NO-SUCH-BANK\",\"date\":\"" + (YEAR + 1) + "-01-15\"}"),
                404, "bank-account.unknown", "bankAccount");
        assertProblem(Api.as(base, Api.DIRECTOR).post(PATH + YEAR + "/confirmation", confirm), 403, "auth.forbidden", null);
        assertProblem(accountant.get(PATH + YEAR + "/workbook"), 404, "incentive.run-unknown", "year");
        String terms = "{\"validFrom\":\"2030-01-01\",\"surplusRate\":%s,\"hospitalPart\":0.5,\"deadlineDays\":30,"
                + "\"deadlineWeight\":0.4,\"rejectionWeight\":0.4,\"directWeight\":%s,\"shareRule\":\"SCORE\"}";
        assertProblem(accountant.post(PATH + "parameters", terms.formatted("1.5", "0.2")), 400, "field.invalid", "surplusRate");
        assertProblem(accountant.post(PATH + "parameters", terms.formatted("0.5", "0.3")), 400, "field.invalid", "directWeight");
        assertProblem(accountant.post(PATH + "parameters", "{\"surplusRate\":0.5}"), 400, "field.required", "validFrom");
        assertProblem(accountant.post(PATH + "parameters", "{\"validFrom\":\"2030-01-01\",\"surplusRate\":\"x\"}"), 400, "field.invalid", "surplusRate");

        assertFalse(accountant.get(PATH + "runs").jsonArray().getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getInt("year") == YEAR));
        assertEquals(0, movedOn("4019", YEAR + "-12-31"), "nothing booked");
        assertEquals(1, accountant.get(PATH + "parameters").jsonArray().size(), "the convention's version only");
    }

    @Test
    @Order(2)
    void thePreviewRanksEachCategoryAndSharesItsHalfToTheFranc() {
        JsonObject preview = accountant.get(PATH + YEAR + "/preview").json();
        JsonObject table = preview.getJsonObject("table");
        assertEquals(12_000_001, table.getJsonNumber("operatingResult").longValue());
        assertEquals(2_000_000, table.getJsonNumber("carriedLosses").longValue(), "the years before's loss carried forward");
        assertEquals(10_000_001, table.getJsonNumber("base").longValue());
        assertEquals(5_000_000, table.getJsonNumber("poolAmount").longValue(), "5 000 000.5 rounded half-even");
        assertEquals(5_000_000, preview.getJsonNumber("sharedAmount").longValue());
        Map<String, String> rows = rows(table);
        // H1: all on time, nothing rejected; H2: 2 of 3 on time, 200 000 rejected of 800 000; H3: late, one direct request of two
        assertEquals("HOSPITAL 10000 1 true 1712305", rows.get("INC-H1"));
        assertEquals("HOSPITAL 7667 2 true 787695", rows.get("INC-H2"));
        assertEquals("HOSPITAL 5000 3 false 0", rows.get("INC-H3"), "3 hospitals: the first 2 are the better half");
        assertEquals("PUBLIC_FACILITY 10000 1 true 2500000", rows.get("INC-F1"));
        assertEquals("PUBLIC_FACILITY 6000 2 false 0", rows.get("INC-F2"));
    }

    @Test
    @Order(3)
    void twoConfirmationsAtOnceBookOnceAndHoldOneChequeToTheMinistry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Reply> confirm = () -> accountant.post(PATH + YEAR + "/confirmation", "{\"bankAccount\":\"" + BANK + "\",\"date\":\"" + (YEAR + 1) + "-01-15\"}");
            List<Future<Api.Reply>> replies = pool.invokeAll(List.of(confirm, confirm));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
                assertEquals(reply.get().json().getJsonNumber("entryId"), replies.get(0).get().json().getJsonNumber("entryId"), reply.get()::toString);
            }
            assertEquals(List.of(200, 201), statuses.stream().sorted().toList(), "one booked, the other answered with the same run");
        } finally {
            pool.shutdown();
        }
        Api.Reply again = accountant.post(PATH + YEAR + "/confirmation", "{\"bankAccount\":\"" + BANK + "\"}");
        assertEquals(200, again.status(), again::toString);
        JsonObject run = again.json();
        assertEquals(5_000_000, run.getJsonNumber("bookedAmount").longValue());
        assertEquals("HELD", run.getString("chequeStatus"));
        assertEquals(-5_000_000, movedOn("4019", YEAR + "-12-31"), "owed to the Ministry, booked on the year's last day");
        assertEquals(5_000_000, accountant.get("api/accounts/652/statement?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31").json()
                .getJsonNumber("closing").longValue());
        assertEquals(1, accountant.get(PATH + "runs").jsonArray().getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("year") == YEAR).count());
        JsonObject cheque = accountant.get("api/cheques/" + run.getString("cheque")).json();
        assertEquals("HELD", cheque.getString("status"));
        assertEquals("4019", cheque.getString("payableAccount"));
        assertEquals("Ministère de la Santé et de l'Action sociale", cheque.getString("payee"));
        assertEquals(5_000_000, cheque.getJsonNumber("amount").longValue());
        assertEquals(1, accountant.get("api/cheques?bankAccount=" + BANK).jsonArray().size(), "one cheque written");
        JsonObject booked = accountant.get(PATH + YEAR + "/preview").json();
        assertEquals(rows(booked.getJsonObject("table")).get("INC-H2"), "HOSPITAL 7667 2 true 787695", "the preview of a confirmed year is what was booked");
    }

    @Test
    @Order(4)
    void theWorkbooksFormulasEvaluateToTheBookedShares() throws IOException {
        Api.Reply xlsx = Api.as(base, Api.AUDITOR).get(PATH + YEAR + "/workbook");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(5_000_000, Math.round(evaluator.evaluate(sheet.getRow(15).getCell(1)).getNumberValue()), "total shared");
            Map<String, Long> shares = new java.util.HashMap<>();
            for (int r = 18; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell share = row.getCell(20);
                assertEquals(CellType.FORMULA, share.getCellType(), "a formula an auditor can follow");
                long evaluated = Math.round(evaluator.evaluate(share).getNumberValue());
                assertEquals((long) row.getCell(21).getNumericCellValue(), evaluated, row.getCell(1).getStringCellValue());
                shares.put(row.getCell(1).getStringCellValue(), evaluated);
            }
            assertEquals(Map.of("INC-H1", 1_712_305L, "INC-H2", 787_695L, "INC-H3", 0L, "INC-F1", 2_500_000L, "INC-F2", 0L), shares);
        }
    }

    @Test
    @Order(5)
    void theLettersAndTheSlipSayWhatWasBooked() {
        Api.Reply letters = accountant.get(PATH + YEAR + "/letters");
        assertEquals(200, letters.status(), letters::toString);
        assertEquals("application/pdf", letters.contentType());
        String text = PdfText.of(letters.bytes());
        assertTrue(text.contains("Établissement INC-H2 (INC-H2)"), text);
        assertTrue(text.contains("Votre part s'élève à 787 695 F"), text);
        assertTrue(text.contains("Votre rang est 3 sur 3"), text);
        assertTrue(text.contains("ne reçoit pas de part"), text);
        String one = PdfText.of(accountant.get(PATH + YEAR + "/letters?provider=INC-F1").bytes());
        assertTrue(one.contains("Votre part s'élève à 2 500 000 F") && !one.contains("INC-H1"), one);
        assertProblem(accountant.get(PATH + YEAR + "/letters?provider=NOBODY"), 400, "field.invalid", "provider");
        String slip = PdfText.of(accountant.get(PATH + YEAR + "/slip").bytes());
        assertTrue(slip.contains("Bordereau de reversement de l'intéressement des prestataires publics"), slip);
        assertTrue(slip.contains("INC-H1") && slip.contains("1 712 305") && slip.contains("5 000 000"), slip);
        assertFalse(slip.contains("INC-H3"), "only the establishments paid");
    }

    @Test
    @Order(6)
    void theIncentivePayableFailsItsReconciliationWhenAShareIsAlteredBehindTheApplication() {
        assertTrue(pair().getBoolean("tied"), pair()::toString);
        String where = " WHERE provider_party_id = (SELECT id FROM party WHERE code = 'INC-H1')";
        assertEquals("1", sql("UPDATE incentive_share SET amount = amount + 1000" + where));
        try {
            JsonObject pair = pair();
            assertFalse(pair.getBoolean("tied"), pair::toString);
            assertEquals("4019", pair.getJsonObject("firstDifference").getString("account"), pair::toString);
            assertEquals("INCENTIVE", pair.getJsonObject("firstDifference").getString("source"), pair::toString);
        } finally {
            assertEquals("1", sql("UPDATE incentive_share SET amount = amount - 1000" + where));
        }
        assertTrue(pair().getBoolean("tied"), "tied again once undone");
    }

    private static String claim(String reference, String provider, long amount, String receivedOn) {
        return event("CLAIM_VALIDATED", reference, YEAR + "-06-30", "principal", INSURER, "provider", provider, "invoice", "F-" + reference,
                "careMonth", YEAR + "-03", "invoiceReceivedOn", YEAR + "-" + receivedOn, "amount", amount, "medicalValidation", true);
    }

    /**
     * Every claim is paid and the funds cover them exactly: the year leaves no balance on the current
     * account, the payables or the principals' bank, which later years' tests read from their opening.
     */
    private static String paid(String claim) {
        return event("CLAIM_PAID", "PAY-" + claim, YEAR + "-07-15", "claim", claim);
    }

    private static Map<String, String> rows(JsonObject table) {
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(r -> r.getString("code"),
                r -> r.getString("category") + " " + r.getInt("scorePoints") + " " + r.getInt("rank") + " " + r.getBoolean("admitted")
                        + " " + r.getJsonNumber("share").longValue()));
    }

    private static void posted(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply::toString);
    }

    /** What the account moved on the day (earlier years' incentives, the demo's among them, stay owed before it). */
    private long movedOn(String account, String date) {
        JsonObject statement = accountant.get("api/accounts/" + account + "/statement?from=" + date + "&to=" + date).json();
        return statement.getJsonNumber("closing").longValue() - statement.getJsonNumber("opening").longValue();
    }

    private JsonObject pair() {
        return Api.as(base, Api.AUDITOR).get("api/reconciliation?asOf=" + YEAR + "-12-31").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("incentive.payable")).findFirst().orElseThrow();
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }
}
