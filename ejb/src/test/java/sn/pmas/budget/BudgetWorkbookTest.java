package sn.pmas.budget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The budget workbook written, read back unchanged, and a bad file refused with each cell named. */
class BudgetWorkbookTest {

    private static final Map<String, BudgetAccount> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("6222", new BudgetAccount(1, "6222", "Loyers", 6));
        ACCOUNTS.put("7052", new BudgetAccount(3, "7052", "Commissions de gestion", 7));
    }

    private static final BudgetView BUDGET = new BudgetView(2090, "DRAFT", "Projet", 2089, null, null, "Saisi", "accountant", null,
            null, null, List.of(new BudgetLineView("6222", "Loyers", 6, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), 78),
            new BudgetLineView("7052", "Commissions de gestion", 7, List.of(100L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, -5L), 95)), 78, 95);

    @Test
    void aWrittenBudgetReadsBackUnchanged() throws Exception {
        Map<Long, long[]> read = BudgetWorkbook.read(BudgetWorkbook.write(BUDGET), ACCOUNTS);
        assertEquals(List.of(1L, 3L), List.copyOf(read.keySet()));
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, read.get(1L));
        assertArrayEquals(new long[] {100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5}, read.get(3L));
    }

    @Test
    void aBadFileIsRefusedWithEachCell() throws Exception {
        byte[] bad = edited(BudgetWorkbook.write(BUDGET), sheet -> {
            sheet.getRow(4).getCell(3).setCellValue("beaucoup");  // D5
            sheet.getRow(5).getCell(0).setCellValue("9999");      // A6
            sheet.getRow(5).getCell(13).setCellValue(12.5);       // N6
            sheet.createRow(6).createCell(0).setCellValue("6222"); // A7, a second row for 6222
        });
        BudgetException refused = assertThrows(BudgetException.class, () -> BudgetWorkbook.read(bad, ACCOUNTS));
        assertEquals("budget.file-refused", refused.code().code());
        assertEquals(List.of("5 D5 field.invalid", "6 A6 budget.account-not-budgeted", "6 N6 field.invalid", "7 A7 data.duplicate"),
                refused.errors().stream().map(e -> e.line() + " " + e.cell() + " " + e.code()).toList());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        BudgetException refused = assertThrows(BudgetException.class, () -> BudgetWorkbook.read("Compte;Janvier".getBytes(), ACCOUNTS));
        assertEquals("field.invalid", refused.code().code());
        assertEquals("file", refused.field());
    }

    interface Edit {
        void apply(Sheet sheet);
    }

    static byte[] edited(byte[] content, Edit edit) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
