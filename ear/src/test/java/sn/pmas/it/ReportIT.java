package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BIRT trial balance rendered by the server, checked by what the documents say. Fiscal year 2039
 * is this test's own: March's movements are its alone, hand-computed; the openings are what the
 * years before bring forward (the demo's, other tests'), read from the ledger's own trial balance.
 */
class ReportIT extends DeployedLedger {

    private static final int YEAR = 2039;
    private static final String MARCH = YEAR + "-03";

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), YEAR);
    }

    /**
     * March 2039: a claim of 1 234 567 F, booked as the SIG sends it (so that the registers tie with
     * the ledger); the fund deposit of 7 250 000 F of February is in March's opening.
     */
    @BeforeEach
    void books() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, YEAR, "RPT-INS", "INSURER", Events.insurerAgreement(YEAR + "-01-01", 10_000_000, 0));
        Api.Reply booked = accountant.post("api/sig/events/batch", Events.batch(
                Events.event("FUNDS_RECEIVED", "RPT-1", YEAR + "-02-05", "principal", "RPT-INS", "amount", 7_250_000),
                Events.event("CLAIM_VALIDATED", "RPT-2", MARCH + "-15", "principal", "RPT-INS", "provider", "HR-THIES",
                        "invoice", "FAC-RPT-2", "careMonth", YEAR + "-02", "invoiceReceivedOn", MARCH + "-01", "medicalValidation", true,
                        "amount", 1_234_567)));
        assertEquals(200, booked.status(), booked::toString);
    }

    /** March's opening of an account as the ledger's trial balance gives it. */
    private long opening(String account) {
        return PostingIT.rowOf(Api.as(base, Api.ACCOUNTANT).get("api/trial-balance?period=" + MARCH).json(), account)
                .getJsonNumber("opening").longValue();
    }

    /** Francs as the report prints them: groups of three digits, a space between. */
    private static String francs(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', ' ');
    }

    @Test
    void pdfShowsTheAccountsTheFrenchHeadingsAndBalancedTotals() throws IOException {
        Api.Reply pdf = Api.as(base, Api.DIRECTOR).get("api/reports/trial-balance?period=" + MARCH + "&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        String text = PdfText.of(pdf.bytes());
        assertTrue(text.contains("Balance générale"), text);
        assertTrue(text.contains("mars " + YEAR), text);
        for (String heading : List.of("Compte", "Intitulé", "Solde d'ouverture", "Débit", "Crédit", "Solde de clôture")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        long insurers = opening("4581");
        long providers = opening("4011");
        assertTrue(text.contains("4581 Comptes courants des compagnies membres " + francs(insurers) + " 1 234 567 0 "
                + francs(insurers + 1_234_567)), text);
        assertTrue(text.contains("4011 Prestataires de santé (tiers payant) " + francs(providers) + " 0 1 234 567 "
                + francs(providers - 1_234_567)), text);
        assertTrue(text.contains("5211"), text);
        assertTrue(text.contains("Totaux 0 1 234 567 1 234 567 0"), text);
    }

    @Test
    void xlsxHoldsNumericCells() throws IOException {
        Api.Reply xlsx = Api.as(base, Api.AUDITOR).get("api/reports/trial-balance?period=" + MARCH + "&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Object> row4581 = rowStartingWith(sheet, "4581");
            long insurers = opening("4581");
            assertEquals(List.of("4581", "Comptes courants des compagnies membres", (double) insurers, 1_234_567d, 0d,
                    (double) (insurers + 1_234_567)), row4581);
            List<Object> totals = rowStartingWith(sheet, "Totaux");
            assertTrue(totals.containsAll(List.of(1_234_567d, 0d)), totals::toString);
        }
    }

    @Test
    void htmlAndBadParameters() {
        Api director = Api.as(base, Api.DIRECTOR);
        Api.Reply html = director.get("api/reports/trial-balance?period=" + MARCH + "&format=html");
        assertEquals(200, html.status(), html::toString);
        assertTrue(html.contentType().startsWith("text/html"));
        assertTrue(html.text().contains("Balance générale") && html.text().contains("4011"), html::toString);

        PostingIT.assertProblem(director.get("api/reports/trial-balance?period=" + YEAR + "-13&format=pdf"), 400,
                "report.invalid-parameter", "period");
        PostingIT.assertProblem(director.get("api/reports/trial-balance?period=" + MARCH + "&format=doc"), 400, "field.invalid", "format");
        PostingIT.assertProblem(director.get("api/reports/no-such-report?period=" + MARCH), 404, "resource.not-found", "report");
        assertEquals(403, Api.as(base, Api.INSURER_ASKIA).get("api/reports/trial-balance?period=" + MARCH).status());
    }

    /** The non-blank cells of the first row whose first such cell is {@code first}: numbers as doubles, text stripped. */
    static List<Object> rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            List<Object> values = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    values.add(cell.getNumericCellValue());
                } else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    values.add(cell.getStringCellValue().strip());
                }
            }
            if (!values.isEmpty() && first.equals(values.get(0))) {
                return values;
            }
        }
        throw new AssertionError("no row " + first);
    }

    /** PDF text uses narrow no-break spaces as thousands separators and breaks lines: make it one plain line. */
}
