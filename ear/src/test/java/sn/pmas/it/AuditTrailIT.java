package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Entries.simple;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
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
 * The audit trail on the deployed EAR (docs/audit-trail.md): entries posted at once from several
 * clients numbered without gaps per journal, the year's flat file tied to the ledger line by line
 * and total by total, a line altered by direct SQL — its guard dropped, as a DBA could — found at
 * its entry by the chain verification, the auditor refused any write; the grand livre and the
 * balance générale with auxiliary accounts, PDF and XLSX. Fiscal years 2075, 2076 and 2077.
 */
class AuditTrailIT extends DeployedLedger {

    private static final int YEAR = 2075;
    private static final int TAMPERED_YEAR = 2076;
    private static final int BOOKS_YEAR = 2077;

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "audit-tamper.war").addClass(RegisterTamper.class);
    }

    @Test
    void concurrentPostingsAreNumberedWithoutGapsAndTheYearsFileTiesToTheLedger() throws Exception {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        openYear(accountant, YEAR);
        List<Callable<Api.Reply>> postings = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String reference = "AUD-" + i;
            String amount = Integer.toString(1000 + i);
            String date = YEAR + "-%02d-%02d".formatted(1 + i % 12, 1 + i % 28);
            postings.add(i % 3 == 0
                    ? () -> accountant.post("api/entries", entry("OD", date, reference, "Commission; « mars » | pool",
                            line("5212", "3000", null), line("70521", null, "1000"), line("70522", null, "2000")))
                    : () -> accountant.post("api/entries", simple("BQ", date, reference, "5212", "5211", amount)));
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (Future<Api.Reply> posted : clients.invokeAll(postings)) {
                assertEquals(201, posted.get().status(), posted.get()::toString);
            }
        } finally {
            clients.shutdown();
        }
        long firstId = accountant.post("api/entries", simple("BQ", YEAR + "-12-30", "AUD-REV", "5212", "5211", "777")).json()
                .getJsonNumber("id").longValue();
        Api.Reply reversal = accountant.post("api/entries/" + firstId + "/reversal", "{\"reason\":\"Erreur de saisie\"}");
        assertEquals(201, reversal.status(), reversal::toString);

        Api auditor = Api.as(base, Api.AUDITOR);
        Api.Reply chain = auditor.get("api/audit/chain?year=" + YEAR);
        assertEquals(200, chain.status(), chain::toString);
        JsonObject report = chain.json();
        assertFalse(report.containsKey("firstBreak"), chain::toString);
        assertEquals(50, report.getJsonNumber("entries").longValue(), chain::toString);

        Api.Reply file = auditor.get("api/audit/journal?year=" + YEAR);
        assertEquals(200, file.status(), file::toString);
        assertTrue(file.contentType().startsWith("text/csv"), file::toString);
        // kept for the recipe of docs/audit-trail.md, which re-computes its hashes with Python's standard library
        Files.write(Path.of("target", "journal-" + YEAR + ".csv"), file.bytes());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file.text().substring(1))).getRecords();
        Map<String, List<Long>> numbers = new TreeMap<>();
        long debit = 0;
        long credit = 0;
        String previousEntry = "";
        for (CSVRecord row : rows) {
            debit += Long.parseLong(row.get("Debit"));
            credit += Long.parseLong(row.get("Credit"));
            String entry = row.get("JournalCode") + "/" + row.get("EntryNumber");
            if (!entry.equals(previousEntry)) {
                numbers.computeIfAbsent(row.get("JournalCode"), journal -> new ArrayList<>()).add(Long.parseLong(row.get("EntryNumber")));
            }
            previousEntry = entry;
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L), numbers.get("OD"), "16 OD entries");
        assertEquals(34, numbers.get("BQ").size(), "32 BQ entries, the one reversed, its reversal");
        for (int n = 0; n < 34; n++) {
            assertEquals(n + 1, numbers.get("BQ").get(n), "BQ numbered 1..34 without a gap");
        }
        String lines = sql("SELECT COUNT(*) FROM journal_line WHERE period_id BETWEEN " + YEAR + "01 AND " + YEAR + "12");
        assertEquals(Long.parseLong(lines), rows.size(), "one row per journal line of the year");
        assertEquals(report.getJsonNumber("lines").longValue(), rows.size());
        JsonObject totals = auditor.get("api/trial-balance?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31").json().getJsonObject("totals");
        assertEquals(totals.getJsonNumber("debit").longValue(), debit, "the file's debits are the year's");
        assertEquals(totals.getJsonNumber("credit").longValue(), credit, "the file's credits are the year's");
        assertEquals(debit, report.getJsonNumber("totalDebit").longValue());
        CSVRecord reversalRow = rows.stream().filter(row -> row.get("SourceReference").equals("REV-" + firstId)).findFirst().orElseThrow();
        assertEquals(Long.toString(firstId), reversalRow.get("ReversesEntry"));
        CSVRecord od = rows.stream().filter(row -> row.get("JournalCode").equals("OD")).findFirst().orElseThrow();
        assertEquals("Commission; « mars » | pool", od.get("Description"), "a cell with the separator comes back whole");
        assertEquals("70521", rows.stream().filter(row -> row.get("JournalCode").equals("OD") && row.get("LineNumber").equals("2"))
                .findFirst().orElseThrow().get("Account"));

        assertProblem(auditor.post("api/entries", simple("BQ", YEAR + "-12-30", "AUD-BY-AUDITOR", "5212", "5211", "1")), 403,
                "auth.forbidden", null);
        assertProblem(auditor.get("api/audit/chain?year=1900"), 404, "resource.not-found", "year");
        assertProblem(auditor.get("api/audit/journal?year=deux"), 400, "field.invalid", "year");
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void aLineAlteredByDirectSqlBreaksTheChainAtItsEntry() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        openYear(accountant, TAMPERED_YEAR);
        long altered = 0;
        for (int i = 1; i <= 3; i++) {
            Api.Reply posted = accountant.post("api/entries",
                    simple("BQ", TAMPERED_YEAR + "-02-0" + i, "AUD-T" + i, "5212", "5211", Integer.toString(10_000 * i)));
            assertEquals(201, posted.status(), posted::toString);
            if (i == 2) {
                altered = posted.json().getJsonNumber("id").longValue();
            }
        }
        Api auditor = Api.as(base, Api.AUDITOR);
        assertFalse(auditor.get("api/audit/chain?year=" + TAMPERED_YEAR).json().containsKey("firstBreak"), "intact first");

        String alteration = "UPDATE journal_line SET debit = debit + 1000 WHERE entry_id = " + altered + " AND line_number = 1";
        try {
            assertEquals("1", new Tampering(tamper).unguarded("journal_line", alteration));
            JsonObject broken = auditor.get("api/audit/chain?year=" + TAMPERED_YEAR).json();
            JsonObject first = broken.getJsonObject("firstBreak");
            assertEquals("BQ", first.getString("journal"), broken::toString);
            assertEquals(2, first.getJsonNumber("number").longValue(), broken::toString);
            assertEquals(altered, first.getJsonNumber("entryId").longValue(), broken::toString);
            assertEquals("entry-altered", first.getString("problem"), broken::toString);
        } finally {
            assertEquals("1", new Tampering(tamper).unguarded("journal_line",
                    "UPDATE journal_line SET debit = debit - 1000 WHERE entry_id = " + altered + " AND line_number = 1"));
        }
        assertFalse(auditor.get("api/audit/chain?year=" + TAMPERED_YEAR).json().containsKey("firstBreak"), "restored, intact again");
    }

    @Test
    void theGrandLivreAndTheBalanceWithAuxiliaryAccountsShowTheYear() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        openYear(accountant, BOOKS_YEAR);
        assertEquals(201, accountant.post("api/entries", simple("BQ", BOOKS_YEAR + "-02-10", "AUD-GL-1", "5212", "5211", "250000")).status());
        assertEquals(201, accountant.post("api/entries", simple("OD", BOOKS_YEAR + "-03-15", "AUD-GL-2", "5212", "70521", "40000")).status());
        JsonObject general = accountant.get("api/trial-balance?from=" + BOOKS_YEAR + "-01-01&to=" + BOOKS_YEAR + "-12-31").json();
        long opening = rowOf(general, "5212").getJsonNumber("opening").longValue();

        Api auditor = Api.as(base, Api.AUDITOR);
        Api.Reply pdf = auditor.get("api/audit/general-ledger?year=" + BOOKS_YEAR + "&fromAccount=5212&toAccount=5212&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        String text = PdfText.of(pdf.bytes());
        assertTrue(text.contains("Grand livre") && text.contains("Exercice " + BOOKS_YEAR + " : comptes 5212 à 5212"), text);
        assertTrue(text.contains("10/02/" + BOOKS_YEAR + " BQ"), text);
        assertTrue(text.contains("Test AUD-GL-1 250 000"), text);
        assertTrue(text.contains("Total 5212 et solde de clôture 290 000 0 " + String.format(java.util.Locale.FRANCE, "%,d", opening + 290_000)
                .replace('\u202F', ' ').replace('\u00A0', ' ')), text);
        assertFalse(text.contains("5211 "), "only the accounts asked for: " + text);

        Api.Reply xlsx = auditor.get("api/audit/general-ledger?year=" + BOOKS_YEAR + "&fromAccount=5212&toAccount=5212&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Object> deposit = rowWith(workbook.getSheetAt(0), "Test AUD-GL-2");
            assertEquals(List.of("Test AUD-GL-2", 40_000d, 0d, opening + 290_000d), deposit.subList(deposit.size() - 4, deposit.size()),
                    deposit::toString);
            assertTrue(deposit.contains("OD"), deposit::toString);
        }

        JsonObject auxiliary = auditor.get("api/audit/trial-balance?year=" + BOOKS_YEAR).json();
        long insurers = 0;
        for (JsonObject row : auxiliary.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            assertFalse(row.getString("accountCode").equals("4581"), "the control account is broken down");
            if (row.getString("accountCode").startsWith("4581.")) {
                insurers += row.getJsonNumber("closing").longValue();
            }
        }
        assertEquals(rowOf(general, "4581").getJsonNumber("closing").longValue(), insurers, "the insurers' accounts sum to 4581");
        assertEquals(general.getJsonObject("totals"), auxiliary.getJsonObject("totals"));
        Api.Reply balance = auditor.get("api/audit/trial-balance?year=" + BOOKS_YEAR + "&format=pdf");
        assertEquals(200, balance.status(), balance::toString);
        String balanceText = PdfText.of(balance.bytes());
        assertTrue(balanceText.contains("exercice " + BOOKS_YEAR + ", comptes auxiliaires détaillés") && balanceText.contains("4581.ASKIA"),
                balanceText);
        assertProblem(auditor.get("api/audit/trial-balance?year=" + BOOKS_YEAR + "&format=doc"), 400, "field.invalid", "format");
    }

    private static JsonObject rowOf(JsonObject trialBalance, String account) {
        return trialBalance.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("accountCode").equals(account)).findFirst().orElseThrow();
    }

    /** The non-blank cells of the first row holding {@code text}: numbers as doubles. */
    private static List<Object> rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            List<Object> cells = new ArrayList<>();
            boolean found = false;
            for (Cell cell : row) {
                switch (cell.getCellType()) {
                    case NUMERIC -> cells.add(cell.getNumericCellValue());
                    case STRING -> {
                        if (!cell.getStringCellValue().isBlank()) {
                            cells.add(cell.getStringCellValue().strip());
                            found |= cell.getStringCellValue().strip().equals(text);
                        }
                    }
                    default -> { }
                }
            }
            if (found) {
                return cells;
            }
        }
        throw new AssertionError("no row holds " + text);
    }

    private static void openYear(Api accountant, int year) {
        Api.Reply opened = accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        assertEquals(201, opened.status(), opened::toString);
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }
}
