package sn.pmas.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import sn.pmas.party.ConventionType;

/** Earned premiums, loss ratios, claims breakdowns and the documents' two renderings, hand-computed. */
class QuarterlyFiguresTest {

    private static final LocalDate Q1_FROM = LocalDate.of(2080, 1, 1);
    private static final LocalDate Q1_TO = LocalDate.of(2080, 3, 31);

    @Test
    void aPremiumIsEarnedProRataTemporisOfItsCoverInsideTheSpan() {
        // covers the whole quarter: all of it
        assertEquals(1_000_000, EarnedPremiums.earned(1_000_000, 1_080_000, 0, Q1_FROM, Q1_TO, Q1_FROM, Q1_TO));
        // a year from 1 January 2080 (366 days, leap year): 91 days in Q1 → 1 200 000 × 91 / 366 = 298 360.66 → 298 361
        assertEquals(298_361, EarnedPremiums.earned(1_200_000, 1_236_000, 0, Q1_FROM, LocalDate.of(2080, 12, 31), Q1_FROM, Q1_TO));
        // cover from 1 March to 30 April: 31 of 61 days → 610 000 × 31 / 61 = 310 000
        assertEquals(310_000, EarnedPremiums.earned(610_000, 610_000, 0, LocalDate.of(2080, 3, 1), LocalDate.of(2080, 4, 30), Q1_FROM, Q1_TO));
        // a tenth of the total cancelled takes a tenth of the premium: 1 000 000 × 972 000 / 1 080 000 = 900 000
        assertEquals(900_000, EarnedPremiums.earned(1_000_000, 1_080_000, 108_000, Q1_FROM, Q1_TO, Q1_FROM, Q1_TO));
        // cover outside the span: nothing
        assertEquals(0, EarnedPremiums.earned(500_000, 500_000, 0, LocalDate.of(2080, 4, 1), LocalDate.of(2080, 6, 30), Q1_FROM, Q1_TO));
        // half-even: 3 × 1 / 2 = 1.5 → 2 ; 5 × 1 / 2 = 2.5 → 2
        LocalDate day = LocalDate.of(2080, 3, 31);
        assertEquals(2, EarnedPremiums.earned(3, 3, 0, day, day.plusDays(1), Q1_FROM, Q1_TO));
        assertEquals(2, EarnedPremiums.earned(5, 5, 0, day, day.plusDays(1), Q1_FROM, Q1_TO));
    }

    @Test
    void theLossRatioIsClaimsOverEarnedPremiumsInPercentHalfEven() {
        // 623 450 ÷ 1 000 000 = 62.345 % → half-even 62.34 ; 623 550 → 62.355 → 62.36
        assertEquals(new BigDecimal("62.34"), LossRatio.of("2080-Q1", 1_000_000, 623_450).percent());
        assertEquals(new BigDecimal("62.36"), LossRatio.of("2080-Q1", 1_000_000, 623_550).percent());
    }

    @Test
    void noEarnedPremiumNoRatio() {
        assertNull(LossRatio.of("2080-Q1", 0, 150_000).percent());
        assertEquals(new BigDecimal("33.33"), LossRatio.of("2080-Q1", 300_000, 100_000).percent());
    }

    @Test
    void claimsAreBrokenDownByCategoryProviderContractAndMemberFileEachSummingToTheTotal() {
        ClaimFigures figures = ClaimFigures.of(List.of(
                new ClaimFigures.Group("PH-A", "Pharmacie A", ConventionType.PHARMACY, "CT-1", null, 2, 60_000, 60_000),
                new ClaimFigures.Group("HR-B", "Hôpital B", ConventionType.HOSPITAL, "CT-1", null, 1, 300_000, 0),
                new ClaimFigures.Group("HR-B", "Hôpital B", ConventionType.HOSPITAL, null, null, 1, 100_000, 100_000),
                new ClaimFigures.Group(null, null, null, "CT-2", "Adhérent 1", 1, 25_000, 25_000)));

        assertEquals(List.of(new ClaimLine("Hôpitaux", 2, 400_000, 100_000), new ClaimLine("Pharmacies", 2, 60_000, 60_000),
                new ClaimLine(ClaimFigures.MEMBERS, 1, 25_000, 25_000)), figures.byCategory());
        assertEquals(List.of(new ClaimLine("Hôpital B (HR-B, Hôpitaux)", 2, 400_000, 100_000),
                new ClaimLine("Pharmacie A (PH-A, Pharmacies)", 2, 60_000, 60_000), new ClaimLine(ClaimFigures.MEMBERS, 1, 25_000, 25_000)),
                figures.byProvider());
        assertEquals(List.of(new ClaimLine("CT-1", 3, 360_000, 60_000), new ClaimLine("CT-2", 1, 25_000, 25_000),
                new ClaimLine(ClaimFigures.NO_CONTRACT, 1, 100_000, 100_000)), figures.byContract());
        assertEquals(List.of(new ClaimLine("Adhérent 1", 1, 25_000, 25_000)), figures.byMember());
        assertEquals(new ClaimLine("Total", 5, 485_000, 185_000), figures.total());
    }

    @Test
    void theWorkbookHoldsTheDocumentsFiguresAsNumbers() throws IOException {
        ManagementDocument document = new ManagementDocument("Titre", "Sous-titre", null, List.of(new DocumentTable("Table",
                List.of("Ligne", "Montant", "Part"), List.of(DocumentRow.of("A", 1_250_000L, new BigDecimal("62.35")),
                DocumentRow.total("Total", 1_250_000L, new BigDecimal("100.00"))))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DocumentWorkbook.of(document)))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(5);
            assertEquals("A", row.getCell(0).getStringCellValue());
            assertEquals(1_250_000.0, row.getCell(1).getNumericCellValue());
            assertEquals(0.6235, row.getCell(2).getNumericCellValue(), 1e-9);
        }
        List<DocumentLine> lines = DocumentLine.of(document);
        assertEquals(List.of("TITLE", "HEADING", "ROW", "SUMMARY"), lines.stream().map(DocumentLine::kind).toList());
        assertEquals("1\u00A0250\u00A0000", lines.get(2).cell(0));
        assertEquals("62,35 %", lines.get(2).cell(1));
        assertEquals("", lines.get(2).cell(4), "beyond the table's columns");
    }

    @Test
    void aRowHasOneCellPerFigureHeading() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentTable("T", List.of("Ligne", "Montant"),
                List.of(DocumentRow.of("A", 1L, 2L))));
    }
}
