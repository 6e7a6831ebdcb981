package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget (docs/budget.md) on hand-computed years: 2088 moved 628 (télécommunications) by
 * 100 000 in January, 200 000 in April, 700 000 in December, and 758 (produits divers) by 1 200 001
 * in March; 2089 moved 628 by 120 000 in January and 95 000 in March, 758 by 500 000 in February.
 * No other test books in 2088–2090.
 */
class BudgetIT extends DeployedLedger {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CHARGE = "628";
    private static final String PRODUCT = "758";

    @BeforeEach
    void books() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        for (int year = 2088; year <= 2090; year++) {
            accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        }
        post(accountant, Entries.simple("OD", "2088-01-15", "BG-88-1", CHARGE, "571", "100000"));
        post(accountant, Entries.simple("OD", "2088-04-15", "BG-88-2", CHARGE, "571", "200000"));
        post(accountant, Entries.simple("OD", "2088-12-15", "BG-88-3", CHARGE, "571", "700000"));
        post(accountant, Entries.simple("OD", "2088-03-10", "BG-88-4", "571", PRODUCT, "1200001"));
        post(accountant, Entries.simple("OD", "2089-01-20", "BG-89-1", CHARGE, "571", "120000"));
        post(accountant, Entries.simple("OD", "2089-03-05", "BG-89-2", CHARGE, "571", "95000"));
        post(accountant, Entries.simple("OD", "2089-02-10", "BG-89-3", "571", PRODUCT, "500000"));
    }

    private static void post(Api accountant, String entry) {
        Api.Reply posted = accountant.post("api/entries", entry);
        assertTrue(posted.status() == 201 || posted.status() == 200, posted::toString);
    }

    @Test
    void preparedFromTheYearBeforeThenComparedWithActual() throws Exception {
        Api accountant = Api.as(base, Api.ACCOUNTANT);

        JsonObject even = ok(accountant.post("api/budget/2089/preparation", "{\"growthPercent\":0,\"spread\":\"EVEN\"}")).json();
        // 1 000 000 / 12 = 83 333,33: the 4 francs left over to January–April; 1 200 001 / 12: one franc to January
        assertEquals(List.of(83_334L, 83_334L, 83_334L, 83_334L, 83_333L, 83_333L, 83_333L, 83_333L, 83_333L, 83_333L, 83_333L, 83_333L),
                months(even, CHARGE));
        assertEquals(List.of(100_001L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L,
                100_000L, 100_000L), months(even, PRODUCT));
        assertEquals(1_000_000, even.getJsonNumber("charges").longValue());

        JsonObject profile = ok(accountant.post("api/budget/2089/preparation", "{\"growthPercent\":10,\"spread\":\"PROFILE\"}")).json();
        assertEquals("DRAFT", profile.getString("status"));
        assertEquals(List.of(110_000L, 0L, 0L, 220_000L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 770_000L), months(profile, CHARGE));
        // 1 200 001 × 1,10 = 1 320 001,1 → 1 320 001, all in March
        assertEquals(List.of(0L, 0L, 1_320_001L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), months(profile, PRODUCT));
        assertEquals(1_100_000, profile.getJsonNumber("charges").longValue());
        assertEquals(1_320_001, profile.getJsonNumber("products").longValue());
        assertEquals(profile.getJsonArray("lines"), ok(Api.as(base, Api.DIRECTOR).get("api/budget/2089")).json().getJsonArray("lines"));

        JsonObject march = ok(Api.as(base, Api.DIRECTOR).get("api/budget/against-actual?month=2089-03")).json();
        assertEquals("DRAFT", march.getString("status"));
        JsonObject charge = row(march, CHARGE);
        assertVariance(charge.getJsonObject("month"), 0, 95_000, 95_000, null);
        assertVariance(charge.getJsonObject("yearToDate"), 110_000, 215_000, 105_000, "95.5");
        JsonObject product = row(march, PRODUCT);
        assertVariance(product.getJsonObject("month"), 1_320_001, 0, -1_320_001, "-100.0");
        assertVariance(product.getJsonObject("yearToDate"), 1_320_001, 500_000, -820_001, "-62.1");
        assertVariance(march.getJsonObject("result").getJsonObject("yearToDate"), 1_210_001, 285_000, -925_001, "-76.4");
        assertVariance(march.getJsonObject("result").getJsonObject("month"), 1_320_001, -95_000, -1_415_001, "-107.2");

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/budget/against-actual?month=2089-03&format=pdf")).bytes());
        for (String expected : List.of("Budget et réalisé — exercice 2089", "Écart cumulé",
                "Total des charges (classe 6) 0 95 000 95 000 110 000 215 000 105 000 95,5",
                "Résultat (produits - charges) 1 320 001 -95 000 -1 415 001 -107,2 1 210 001 285 000 -925 001 -76,4")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        Api.Reply xlsx = ok(Api.as(base, Api.AUDITOR).get("api/budget/against-actual?month=2089-03&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals(List.of("Total des produits (classe 7)", 1_320_001.0, 0.0, -1_320_001.0, -100.0, 1_320_001.0, 500_000.0, -820_001.0, -62.1),
                    ReportIT.rowStartingWith(workbook.getSheetAt(0), "Total des produits (classe 7)"));
        }

        // the same preparation twice at once: one budget, no 5xx
        String rule = "{\"growthPercent\":10,\"spread\":\"PROFILE\"}";
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> accountant.post("api/budget/2089/preparation", rule));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(() -> accountant.post("api/budget/2089/preparation", rule));
        assertEquals(profile.getJsonArray("lines"), ok(first.get()).json().getJsonArray("lines"));
        assertEquals(profile.getJsonArray("lines"), ok(second.get()).json().getJsonArray("lines"));
    }

    @Test
    void aWorkbookFilledAndImportedThenACellThenApproval() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        ok(accountant.post("api/budget/2090/preparation", "{\"growthPercent\":0,\"spread\":\"EVEN\"}"));
        // 215 000 / 12 = 17 916,67: 17 917 for January–August
        Api.Reply workbook = ok(Api.as(base, Api.DIRECTOR).get("api/budget/2090/workbook"));
        assertTrue(workbook.headers().firstValue("Content-Disposition").orElse("").contains("budget-2090.xlsx"));

        byte[] filled = edited(workbook.bytes(), sheet -> row(sheet, CHARGE).getCell(6).setCellValue(30_000)); // G: May
        JsonObject imported = ok(accountant.put("api/budget/2090/workbook", XLSX, filled)).json();
        assertEquals(List.of(17_917L, 17_917L, 17_917L, 17_917L, 30_000L, 17_917L, 17_917L, 17_917L, 17_916L, 17_916L, 17_916L, 17_916L),
                months(imported, CHARGE));
        assertEquals(227_083, line(imported, CHARGE).getJsonNumber("total").longValue());
        assertEquals("Saisi (classeur ou cellule par cellule)", imported.getString("rule"));

        byte[] bad = edited(filled, sheet -> {
            Row product = row(sheet, PRODUCT);
            row(sheet, CHARGE).getCell(3).setCellValue("beaucoup");   // D: February
            product.getCell(0).setCellValue("4011");                  // not a class 6 or 7 account
            product.getCell(13).setCellValue(12.5);                   // N: December
        });
        Api.Reply refused = accountant.put("api/budget/2090/workbook", XLSX, bad);
        assertProblem(refused, 422, "budget.file-refused", "file");
        List<String> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("line") + " " + e.getString("cell") + " " + e.getString("code")).toList();
        assertEquals(List.of("5 D5 field.invalid", "6 A6 budget.account-not-budgeted", "6 N6 field.invalid"), errors);
        assertEquals(months(imported, CHARGE), months(ok(accountant.get("api/budget/2090")).json(), CHARGE), "nothing written");
        assertProblem(accountant.put("api/budget/2090/workbook", XLSX, "Compte;Janvier".getBytes()), 400, "field.invalid", "file");

        assertEquals(403, Api.as(base, Api.DIRECTOR).put("api/budget/2090/lines/628/6", "{\"amount\":1000}").status());
        JsonObject cell = ok(accountant.put("api/budget/2090/lines/628/6", "{\"amount\":1000}")).json();
        assertEquals(1_000L, months(cell, CHARGE).get(5));
        assertProblem(accountant.put("api/budget/2090/lines/4011/6", "{\"amount\":1000}"), 422, "budget.account-not-budgeted", "accountCode");
        assertProblem(accountant.put("api/budget/2090/lines/628/13", "{\"amount\":1000}"), 400, "field.invalid", "month");

        JsonObject approved = ok(accountant.post("api/budget/2090/approval", "{}")).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("accountant", approved.getString("approvedBy"));
        assertProblem(accountant.put("api/budget/2090/lines/628/6", "{\"amount\":2000}"), 409, "budget.approved", "year");
        assertProblem(accountant.put("api/budget/2090/workbook", XLSX, filled), 409, "budget.approved", "year");
        assertProblem(accountant.post("api/budget/2090/preparation", "{\"growthPercent\":0,\"spread\":\"EVEN\"}"), 409, "budget.approved", "year");
        assertEquals(1_000L, months(ok(accountant.get("api/budget/2090")).json(), CHARGE).get(5));
    }

    @Test
    void badRequestsAreRefusedByName() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        assertProblem(accountant.post("api/budget/2099/preparation", "{\"growthPercent\":5,\"spread\":\"EVEN\"}"), 404, "budget.year-unknown", "year");
        assertProblem(accountant.post("api/budget/2089/preparation", "{\"growthPercent\":5000,\"spread\":\"EVEN\"}"), 400, "field.invalid", "growthPercent");
        assertProblem(accountant.post("api/budget/2089/preparation", "{\"growthPercent\":5,\"spread\":\"RANDOM\"}"), 400, "field.invalid", "spread");
        assertProblem(accountant.post("api/budget/2089/preparation", "{\"spread\":\"EVEN\"}"), 400, "field.required", "growthPercent");
        assertProblem(accountant.post("api/budget/20x9/preparation", "{\"growthPercent\":5,\"spread\":\"EVEN\"}"), 400, "field.invalid", "year");
        assertProblem(accountant.get("api/budget/2091"), 404, "budget.not-found", "year");
        assertProblem(accountant.get("api/budget/against-actual?month=2089-13"), 400, "field.invalid", "month");
        assertProblem(accountant.get("api/budget/against-actual?month=2099-01"), 404, "budget.year-unknown", "year");
        assertProblem(accountant.get("api/budget/against-actual?month=2089-01&format=doc"), 400, "field.invalid", "format");
        assertEquals(403, Api.as(base, Api.DIRECTOR).post("api/budget/2089/preparation", "{\"growthPercent\":5,\"spread\":\"EVEN\"}").status());
        assertEquals(403, Api.as(base, Api.INSURER_ASKIA).get("api/budget/against-actual?month=2089-01").status());
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private static JsonObject line(JsonObject budget, String account) {
        return budget.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> account.equals(l.getString("accountCode")))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + account + " in " + budget));
    }

    private static List<Long> months(JsonObject budget, String account) {
        return line(budget, account).getJsonArray("months").getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static JsonObject row(JsonObject comparison, String account) {
        return comparison.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> account.equals(r.getString("accountCode", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + account + " in " + comparison));
    }

    private static void assertVariance(JsonObject variance, long budget, long actual, long amount, String percent) {
        assertEquals(budget, variance.getJsonNumber("budget").longValue(), variance::toString);
        assertEquals(actual, variance.getJsonNumber("actual").longValue(), variance::toString);
        assertEquals(amount, variance.getJsonNumber("amount").longValue(), variance::toString);
        assertEquals(percent, variance.containsKey("percent") ? variance.getJsonNumber("percent").bigDecimalValue().toPlainString() : null,
                variance::toString);
    }

    private static Row row(Sheet sheet, String account) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && account.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + account);
    }

    interface Edit {
        void apply(Sheet sheet);
    }

    private static byte[] edited(byte[] content, Edit edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
