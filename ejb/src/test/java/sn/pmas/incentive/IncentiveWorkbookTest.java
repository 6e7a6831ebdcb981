package sn.pmas.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook's formulas, evaluated by POI, give the application's figures on the hand-computed year. */
class IncentiveWorkbookTest {

    @Test
    void theFormulasGiveEveryScoreRankAndShareToTheFranc() throws IOException {
        IncentiveTable table = IncentiveComputation.compute(2025, 10_000_001, 0, 1, IncentiveComputationTest.TERMS, IncentiveComputationTest.TEN);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(IncentiveWorkbook.write(table)))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(5_000_000, number(sheet, evaluator, "B7"), "pool, half-even");
            assertEquals(2_500_000, number(sheet, evaluator, "B9"));
            assertEquals(table.sharedAmount(), number(sheet, evaluator, "B16"));
            List<IncentiveRow> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                int r = IncentiveWorkbook.FIRST_ROW + i;
                IncentiveRow row = rows.get(i);
                assertEquals(row.scorePoints(), number(sheet, evaluator, "L" + r), row.code() + " score");
                assertEquals(row.rank(), number(sheet, evaluator, "M" + r), row.code() + " rank");
                assertEquals(row.admitted() ? "oui" : "non", evaluator.evaluate(cell(sheet, "N" + r)).getStringValue(), row.code());
                assertEquals(row.share(), number(sheet, evaluator, "U" + r), row.code() + " share");
                assertEquals(0, number(sheet, evaluator, "W" + r), row.code() + " difference");
            }
        }
    }

    private static long number(Sheet sheet, FormulaEvaluator evaluator, String reference) {
        return Math.round(evaluator.evaluate(cell(sheet, reference)).getNumberValue());
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, String reference) {
        CellReference at = new CellReference(reference);
        return sheet.getRow(at.getRow()).getCell(at.getCol());
    }
}
