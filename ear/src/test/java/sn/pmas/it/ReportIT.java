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

/** The BIRT trial balance rendered by the server, checked by what the documents say. Year 2024, before the demo year, so that no balance is carried into it. */
class ReportIT extends DeployedLedger {

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2024);
    }

    /**
     * March 2024: a fund deposit of 7 250 000 F and a claim of 1 234 567 F, booked as the SIG sends
     * them (so that the registers tie with the ledger); February holds the opening.
     */
    @BeforeEach
    void books() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2024, "RPT-INS", "INSURER", Events.insurerAgreement("2024-01-01", 10_000_000, 0));
        Api.Reply booked = accountant.post("api/sig/events/batch", Events.batch(
                Events.event("FUNDS_RECEIVED", "RPT-1", "2024-02-05", "principal", "RPT-INS", "amount", 7_250_000),
                Events.event("CLAIM_VALIDATED", "RPT-2", "2024-03-15", "principal", "RPT-INS", "provider", "HR-THIES",
                        "invoice", "FAC-RPT-2", "careMonth", "2024-02", "invoiceReceivedOn", "2024-03-01", "medicalValidation", true,
                        "amount", 1_234_567)));
        assertEquals(200, booked.status(), booked::toString);
    }

    @Test
    void pdfShowsTheAccountsTheFrenchHeadingsAndBalancedTotals() throws IOException {
        Api.Reply pdf = Api.as(base, Api.DIRECTOR).get("api/reports/trial-balance?period=2024-03&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        String text = PdfText.of(pdf.bytes());
        assertTrue(text.contains("Balance générale"), text);
        assertTrue(text.contains("mars 2024"), text);
        for (String heading : List.of("Compte", "Intitulé", "Solde d'ouverture", "Débit", "Crédit", "Solde de clôture")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        assertTrue(text.contains("4581 Comptes courants des compagnies membres -7 250 000 1 234 567 0 -6 015 433"), text);
        assertTrue(text.contains("4011 Prestataires de santé (tiers payant) 0 0 1 234 567 -1 234 567"), text);
        assertTrue(text.contains("5211"), text);
        assertTrue(text.contains("Totaux 0 1 234 567 1 234 567 0"), text);
    }

    @Test
    void xlsxHoldsNumericCells() throws IOException {
        Api.Reply xlsx = Api.as(base, Api.AUDITOR).get("api/reports/trial-balance?period=2024-03&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Object> row4581 = rowStartingWith(sheet, "4581");
            assertEquals(List.of("4581", "Comptes courants des compagnies membres", -7_250_000d, 1_234_567d, 0d, -6_015_433d),
                    row4581);
            List<Object> totals = rowStartingWith(sheet, "Totaux");
            assertTrue(totals.containsAll(List.of(1_234_567d, 0d)), totals::toString);
        }
    }

    @Test
    void htmlAndBadParameters() {
        Api director = Api.as(base, Api.DIRECTOR);
        Api.Reply html = director.get("api/reports/trial-balance?period=2024-03&format=html");
        assertEquals(200, html.status(), html::toString);
        assertTrue(html.contentType().startsWith("text/html"));
        assertTrue(html.text().contains("Balance générale") && html.text().contains("4011"), html::toString);

        PostingIT.assertProblem(director.get("api/reports/trial-balance?period=2024-13&format=pdf"), 400,
                "report.invalid-parameter", "period");
        PostingIT.assertProblem(director.get("api/reports/trial-balance?period=2024-03&format=doc"), 400, "field.invalid", "format");
        PostingIT.assertProblem(director.get("api/reports/no-such-report?period=2024-03"), 404, "resource.not-found", "report");
        assertEquals(403, Api.as(base, Api.INSURER_ASKIA).get("api/reports/trial-balance?period=2024-03").status());
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
