package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.simple;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The SYCEBNL statements of a hand-computed year (docs/financial-statements.md): 2072, opened
 * after 2071 with nothing in it, takes 24 entries on accounts of its own (a cash box 5721, an
 * insurer and a provider of its own) and on shared income and expense accounts. The deployment
 * is shared: the bilan also holds what every other test left before 2072, the same in both
 * columns, so each bilan line is expected at its 2071 amount plus what this year moved, written
 * out by hand; the compte de résultat and the TFT hold this year only, every line by hand. Then
 * the package: XLSX formulas evaluated, PDF text, numbered issues downloaded again unchanged; a
 * mapping with a hole, by direct SQL for 2073, refuses publication; the mapping API refuses an
 * overlap and a gap.
 */
class FinancialStatementsIT extends DeployedLedger {

    private static final int YEAR = 2072;
    private static final String INSURER = "ST-INS";
    private static final String PROVIDER = "ST-PRV";
    private static final String CASH = "5721";
    private static final String BASE = "api/financial-statements/";

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "statements-tamper.war").addClass(RegisterTamper.class);
    }

    @Test
    void aHandComputedYearGivesEveryLineAndItsPackageIsPublishedAndKept() throws Exception {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        accountant.post("api/fiscal-years", "{\"year\":" + (YEAR - 1) + "}");
        Events.principal(accountant, YEAR, INSURER, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 1_000_000, 0));
        Events.provider(accountant, PROVIDER);
        openCashBox(accountant);
        Map<String, Long> before = amounts(accountant.get(BASE + YEAR).json(), "bilan", "amount");
        assertEquals(before, amounts(accountant.get(BASE + YEAR).json(), "bilan", "previous"), "nothing in 2072 yet: N = N-1");

        String ins = "4581." + INSURER;
        String prv = "4011." + PROVIDER;
        String[][] entries = {
                {"BQ", "01-15", CASH, ins, "10000000"}, {"BQ", "02-10", CASH, "701", "500000"}, {"OD", "02-20", ins, prv, "3000000"},
                {"BQ", "03-05", prv, CASH, "2500000"}, {"OD", "03-31", ins, "70521", "400000"}, {"BQ", "04-10", "622", CASH, "300000"},
                {"OD", "04-30", "661", "422", "800000"}, {"BQ", "05-05", "422", CASH, "800000"}, {"BQ", "05-20", "244", CASH, "1200000"},
                {"BQ", "06-15", CASH, "758", "150000"}, {"BQ", "06-30", "631", CASH, "25000"}, {"BQ", "07-10", CASH, ins, "2000000"},
                {"OD", "07-31", ins, prv, "1750000"}, {"BQ", "08-12", prv, CASH, "1600000"}, {"OD", "08-31", ins, "70521", "220000"},
                {"BQ", "09-15", "605", CASH, "90000"}, {"OD", "09-30", "661", "422", "800000"}, {"BQ", "10-05", "422", CASH, "600000"},
                {"BQ", "10-20", CASH, "771", "35000"}, {"OD", "11-10", "605", prv, "60000"}, {"BQ", "11-30", ins, CASH, "500000"},
                {"BQ", "12-15", CASH, "701", "250000"}, {"OD", "12-20", "622", prv, "100000"}, {"BQ", "12-28", prv, CASH, "700000"}};
        for (int i = 0; i < entries.length; i++) {
            String[] e = entries[i];
            Api.Reply posted = accountant.post("api/entries", simple(e[0], YEAR + "-" + e[1], "FS-" + YEAR + "-" + i, e[2], e[3], e[4]));
            assertEquals(201, posted.status(), posted::toString);
        }

        JsonObject statements = accountant.get(BASE + YEAR).json();
        // the bilan: each line its 2071 amount plus this year's, by hand (cash 4 620 000 = 12 935 000 in, 8 315 000 out)
        Map<String, Long> moved = new HashMap<>(Map.ofEntries(Map.entry("AL", 1_200_000L), Map.entry("AH", 1_200_000L),
                Map.entry("AZ", 1_200_000L), Map.entry("BW", 4_620_000L), Map.entry("BX", 4_620_000L), Map.entry("BZ", 5_820_000L),
                Map.entry("CH", -620_000L), Map.entry("CK", -620_000L), Map.entry("CZ", -620_000L), Map.entry("DE", -620_000L),
                Map.entry("DH", 110_000L), Map.entry("DI", 6_330_000L), Map.entry("DV", 6_440_000L), Map.entry("DZ", 5_820_000L)));
        Map<String, Long> bilan = amounts(statements, "bilan", "amount");
        assertEquals(before, amounts(statements, "bilan", "previous"), "N-1 is 2071's bilan");
        before.forEach((line, amount) -> assertEquals(amount + moved.getOrDefault(line, 0L), bilan.get(line), "bilan line " + line));
        // the compte de résultat and the TFT hold this year only
        Map<String, Long> incomeStatement = new HashMap<>(Map.of("RA", 750_000L, "RE", 620_000L, "RG", 185_000L, "XA", 1_555_000L,
                "TA", 150_000L, "TC", 425_000L, "TF", 1_600_000L, "XB", 2_175_000L, "XC", -620_000L, "XE", -620_000L));
        amounts(statements, "incomeStatement", "amount").forEach((line, amount) ->
                assertEquals(incomeStatement.getOrDefault(line, 0L), amount, "compte de résultat line " + line));
        long openingCash = amounts(statements, "cashFlows", "amount").get("ZA");
        assertEquals(before.get("BX") - before.get("DX"), openingCash, "ZA: the cash of 2071's bilan");
        Map<String, Long> cashFlows = new HashMap<>(Map.of("FA", 750_000L, "FE", 12_185_000L, "FF", -5_215_000L, "FG", -1_400_000L,
                "FH", -500_000L, "ZB", 5_820_000L, "FI", -1_200_000L, "ZC", -1_200_000L, "ZG", 4_620_000L));
        cashFlows.put("ZA", openingCash);
        cashFlows.put("ZH", openingCash + 4_620_000L);
        amounts(statements, "cashFlows", "amount").forEach((line, amount) ->
                assertEquals(cashFlows.getOrDefault(line, 0L), amount, "TFT line " + line));
        for (JsonObject check : statements.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            assertTrue(check.getBoolean("passed"), check::toString);
        }
        // notes: the insurer's funds apart, the cash box
        assertTrue(notes(statements).contains(ins + "=6130000"), notes(statements)::toString);
        assertTrue(notes(statements).contains(CASH + "=4620000"), notes(statements)::toString);

        // drill-down: the accounts of a line, auxiliaries rolled up
        JsonArray di = accountant.get(BASE + YEAR + "/lines/BILAN/DI").jsonArray();
        JsonObject insurers = di.getValuesAs(JsonObject.class).stream().filter(a -> a.getString("code").equals("4581")).findFirst().orElseThrow();
        assertEquals(6_130_000, insurers.getJsonNumber("amount").longValue() - insurers.getJsonNumber("previous").longValue());

        // the package: the control sheet's formulas evaluate TRUE, the totals as computed
        Api.Reply draft = Api.as(base, Api.DIRECTOR).get(BASE + YEAR + "/package?format=xlsx");
        assertEquals(200, draft.status(), draft::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(draft.bytes()))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet controls = workbook.getSheet("Contrôles");
            for (int r = 1; r <= 5; r++) {
                assertTrue(evaluator.evaluate(controls.getRow(r).getCell(1)).getBooleanValue(), controls.getRow(r).getCell(0).getStringCellValue());
            }
            Map<String, Long> sheetBilan = new LinkedHashMap<>();
            for (Row row : workbook.getSheet("Bilan")) {
                if (row.getRowNum() > 0) {
                    sheetBilan.put(row.getCell(0).getStringCellValue(), Math.round(evaluator.evaluate(row.getCell(2)).getNumberValue()));
                }
            }
            assertEquals(bilan, sheetBilan, "the workbook's bilan, totals as formulas, as computed");
        }
        String pdf = PdfText.of(Api.as(base, Api.AUDITOR).get(BASE + YEAR + "/package?format=pdf").bytes());
        assertTrue(pdf.contains("États financiers SYCEBNL"), pdf);
        assertTrue(pdf.contains("Tableau des flux de trésorerie"), pdf);
        assertTrue(PdfText.normalized(pdf).contains("12 185 000"), pdf);

        // publication: numbered from 1, the same figures answer the same issue, kept byte for byte
        assertProblem(Api.as(base, Api.DIRECTOR).post(BASE + YEAR + "/issues", ""), 403, "auth.forbidden", null);
        Api.Reply first = accountant.post(BASE + YEAR + "/issues", "");
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.json().getInt("number"));
        assertEquals(200, accountant.post(BASE + YEAR + "/issues", "").status(), "unchanged figures: the same issue");
        assertEquals(201, accountant.post("api/entries", simple("BQ", YEAR + "-12-30", "FS-" + YEAR + "-LATE", CASH, "758", "1000")).status());
        Api.Reply second = accountant.post(BASE + YEAR + "/issues", "");
        assertEquals(201, second.status(), second::toString);
        assertEquals(2, second.json().getInt("number"));
        for (String format : List.of("xlsx", "pdf")) {
            Api.Reply once = Api.as(base, Api.AUDITOR).get(BASE + YEAR + "/issues/1?format=" + format);
            Api.Reply again = Api.as(base, Api.AUDITOR).get(BASE + YEAR + "/issues/1?format=" + format);
            assertEquals(200, once.status(), once::toString);
            assertArrayEquals(once.bytes(), again.bytes(), format + " downloaded again unchanged");
            assertEquals(first.json().getString(format + "Sha256"), once.headers().firstValue("X-Content-SHA256").orElseThrow());
            assertEquals(first.json().getString(format + "Sha256"), sha256(once.bytes()));
        }
        assertEquals(2, accountant.get(BASE + YEAR + "/issues").jsonArray().size());
        assertProblem(accountant.get(BASE + YEAR + "/issues/3?format=pdf"), 404, "resource.not-found", "number");
    }

    @Test
    void aMappingWithAHoleFailsItsChecksAndRefusesPublicationAndTheApiRefusesOverlapsAndGaps() throws Exception {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        int year = YEAR + 1;
        accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        accountant.post("api/fiscal-years", "{\"year\":" + (year + 1) + "}");
        // versions for 2073 without the rule of 758 and for 2074 the full one again, behind the API's back
        sql("INSERT INTO fs_mapping_version (version, valid_from_year, recorded_by, recorded_at, reason) SELECT MAX(version) + 1, " + year
                + ", 'test', CURRENT_TIMESTAMP, 'trou' FROM fs_mapping_version");
        sql("INSERT INTO fs_mapping_rule SELECT (SELECT MAX(version) FROM fs_mapping_version), statement_kind, account_from, account_to, "
                + "balance_side, line_code FROM fs_mapping_rule WHERE version = 1 AND NOT (statement_kind = 'CR' AND account_from = '755')");
        sql("INSERT INTO fs_mapping_version (version, valid_from_year, recorded_by, recorded_at, reason) SELECT MAX(version) + 1, " + (year + 1)
                + ", 'test', CURRENT_TIMESTAMP, 'complète' FROM fs_mapping_version");
        sql("INSERT INTO fs_mapping_rule SELECT (SELECT MAX(version) FROM fs_mapping_version), statement_kind, account_from, account_to, "
                + "balance_side, line_code FROM fs_mapping_rule WHERE version = 1");
        openCashBox(accountant);
        Api.Reply posted = accountant.post("api/entries", simple("BQ", year + "-03-10", "FS-" + year + "-1", CASH, "758", "5000"));
        assertEquals(201, posted.status(), posted::toString);
        JsonObject statements = accountant.get(BASE + year).json();
        JsonObject mapped = statements.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("code").equals("mapped")).findFirst().orElseThrow();
        assertFalse(mapped.getBoolean("passed"));
        assertTrue(mapped.getJsonArray("failures").getString(0).startsWith("Compte 758 (solde créditeur 5000)"), mapped::toString);
        Api.Reply refused = accountant.post(BASE + year + "/issues", "");
        assertProblem(refused, 409, "statements.checks-failed", "year");
        assertEquals(0, accountant.get(BASE + year + "/issues").jsonArray().size(), "nothing published");

        // the API: an overlap and a gap are refused, naming the range; nothing recorded
        String current = accountant.get(BASE + "mapping?year=" + year).text();
        String overlap = "{\"validFromYear\":2099,\"reason\":\"essai\",\"rules\":[{\"statement\":\"BILAN\",\"from\":\"52\",\"to\":\"52\",\"side\":\"ANY\",\"line\":\"BW\"},"
                + "{\"statement\":\"BILAN\",\"from\":\"521\",\"to\":\"521\",\"side\":\"DEBIT\",\"line\":\"BW\"}]}";
        Api.Reply overlapping = accountant.put(BASE + "mapping", overlap);
        assertProblem(overlapping, 422, "statements.mapping-overlap", "rules[1]");
        String gap = "{\"validFromYear\":2099,\"reason\":\"essai\",\"rules\":[{\"statement\":\"BILAN\",\"from\":\"1\",\"to\":\"5\",\"side\":\"ANY\",\"line\":\"BE\"}]}";
        Api.Reply gapped = accountant.put(BASE + "mapping", gap);
        assertProblem(gapped, 422, "statements.mapping-gap", "rules");
        assertTrue(gapped.text().contains("compte 601"), gapped::toString);
        assertEquals(current, accountant.get(BASE + "mapping?year=" + year).text(), "nothing recorded");
        assertProblem(accountant.get(BASE + year + "/package?format=doc"), 400, "field.invalid", "format");
        assertProblem(accountant.get(BASE + "2098"), 404, "resource.not-found", "year");
        assertProblem(Api.as(base, Api.INSURER_ASKIA).get(BASE + year), 403, "auth.forbidden", null);
    }

    /** This test's own cash box (SYCEBNL 572 becomes its heading), opened by whichever test runs first. */
    private static void openCashBox(Api accountant) {
        Api.Reply opened = accountant.post("api/accounts", "{\"code\":\"" + CASH + "\",\"name\":\"Caisse des états financiers\"}");
        assertTrue(opened.status() == 201 || opened.text().contains("account.exists"), opened::toString);
    }

    private static Map<String, Long> amounts(JsonObject statements, String statement, String column) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        for (JsonObject line : statements.getJsonArray(statement).getValuesAs(JsonObject.class)) {
            amounts.put(line.getString("code"), line.getJsonNumber(column).longValue());
        }
        return amounts;
    }

    private static List<String> notes(JsonObject statements) {
        return statements.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                .map(note -> note.getString("code") + "=" + (note.getJsonNumber("amount").longValue() - note.getJsonNumber("previous").longValue()))
                .toList();
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
