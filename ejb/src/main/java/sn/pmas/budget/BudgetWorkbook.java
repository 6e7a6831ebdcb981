package sn.pmas.budget;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The budget as a workbook to fill (docs/budget.md): a heading, then a row per account — code,
 * title, the twelve months, their total as a formula. Read back, the first sheet's rows under the
 * {@code Compte} heading are the budget: every cell refused is named (line and cell), and the file
 * is then refused whole.
 */
public final class BudgetWorkbook {

    /** Beyond this, a file is refused before it is opened. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String ACCOUNT_HEADING = "Compte";
    private static final int HEADING_ROW = 3;
    private static final int FIRST_MONTH_COLUMN = 2;

    private BudgetWorkbook() {
    }

    public static byte[] write(BudgetView budget) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Budget " + budget.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle francs = workbook.createCellStyle();
            francs.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            text(sheet.createRow(0), 0, "Budget " + budget.year() + " — " + budget.statusLabel() + " — " + budget.rule(), bold);
            text(sheet.createRow(1), 0, "Montants en francs CFA entiers, charges (classe 6) et produits (classe 7) dans le sens du compte. "
                    + "Ajouter une ligne par compte ; une cellule vide vaut 0 ; la colonne Total est recalculée.", null);
            Row headings = sheet.createRow(HEADING_ROW);
            text(headings, 0, ACCOUNT_HEADING, bold);
            text(headings, 1, "Intitulé", bold);
            for (int m = 1; m <= BudgetSpreading.MONTHS; m++) {
                text(headings, FIRST_MONTH_COLUMN + m - 1, Month.of(m).getDisplayName(TextStyle.FULL, Locale.FRENCH), bold);
            }
            int totalColumn = FIRST_MONTH_COLUMN + BudgetSpreading.MONTHS;
            text(headings, totalColumn, "Total", bold);
            int r = HEADING_ROW + 1;
            for (BudgetLineView line : budget.lines()) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.accountCode(), null);
                text(row, 1, line.accountName(), null);
                for (int m = 0; m < BudgetSpreading.MONTHS; m++) {
                    Cell cell = row.createCell(FIRST_MONTH_COLUMN + m);
                    cell.setCellValue(line.months().get(m));
                    cell.setCellStyle(francs);
                }
                Cell total = row.createCell(totalColumn);
                total.setCellFormula("SUM(" + new CellReference(row.getRowNum(), FIRST_MONTH_COLUMN).formatAsString(false) + ":"
                        + new CellReference(row.getRowNum(), totalColumn - 1).formatAsString(false) + ")");
                total.setCellStyle(francs);
            }
            sheet.createFreezePane(2, HEADING_ROW + 1);
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            for (int column = FIRST_MONTH_COLUMN; column <= totalColumn; column++) {
                sheet.setColumnWidth(column, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory workbook cannot fail to write", e);
        }
    }

    /**
     * The twelve months of each account of the file, by account id.
     *
     * @param accounts the accounts a budget may hold, by code
     * @throws BudgetException {@code budget.file-refused} with every cell refused; {@code field.invalid} on a file that is no workbook
     */
    public static Map<Long, long[]> read(byte[] content, Map<String, BudgetAccount> accounts) throws BudgetException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            int headingRow = headingRow(sheet);
            Map<Long, long[]> lines = new LinkedHashMap<>();
            Map<Long, Integer> seenOn = new HashMap<>();
            List<CellError> errors = new ArrayList<>();
            for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row)) {
                    continue;
                }
                String code = codeOf(row.getCell(0));
                BudgetAccount account = code == null ? null : accounts.get(code);
                if (account == null) {
                    errors.add(new CellError(r + 1, reference(r, 0), BudgetRejection.ACCOUNT_NOT_BUDGETED.code(), code == null
                            ? "Numéro de compte manquant." : "Compte " + code + " inconnu ou hors budget (comptes mouvementables des classes 6 et 7)."));
                } else if (seenOn.putIfAbsent(account.id(), r + 1) != null) {
                    errors.add(new CellError(r + 1, reference(r, 0), "data.duplicate",
                            "Compte " + code + " déjà saisi ligne " + seenOn.get(account.id()) + " : une seule ligne par compte."));
                }
                long[] months = new long[BudgetSpreading.MONTHS];
                for (int m = 0; m < BudgetSpreading.MONTHS; m++) {
                    Cell cell = row.getCell(FIRST_MONTH_COLUMN + m);
                    try {
                        months[m] = amountOf(cell);
                    } catch (NumberFormatException e) {
                        errors.add(new CellError(r + 1, reference(r, FIRST_MONTH_COLUMN + m), BudgetRejection.FIELD_INVALID.code(),
                                "« " + e.getMessage() + " » n'est pas un montant en francs entiers."));
                    }
                }
                if (account != null) {
                    lines.putIfAbsent(account.id(), months);
                }
            }
            if (!errors.isEmpty()) {
                throw BudgetException.fileRefused(errors);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw BudgetException.invalid("file", "Le fichier n'est pas un classeur Excel (.xlsx) lisible : " + e.getMessage());
        }
    }

    private static int headingRow(Sheet sheet) throws BudgetException {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && ACCOUNT_HEADING.equalsIgnoreCase(row.getCell(0).getStringCellValue().strip())) {
                return r;
            }
        }
        throw BudgetException.invalid("file", "Aucune ligne d'en-tête « " + ACCOUNT_HEADING + " » dans les 20 premières lignes de la "
                + "première feuille : partir du classeur téléchargé.");
    }

    private static boolean blank(Row row) {
        for (int column = 0; column < FIRST_MONTH_COLUMN + BudgetSpreading.MONTHS; column++) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** An account code typed as text, or as a number by a spreadsheet that thought it one. */
    private static String codeOf(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue().strip();
            case NUMERIC -> cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())
                    ? Long.toString((long) cell.getNumericCellValue()) : Double.toString(cell.getNumericCellValue());
            default -> null;
        };
    }

    /** Whole francs; an empty cell is 0. The exception's message is the cell as found. */
    private static long amountOf(Cell cell) {
        if (cell == null) {
            return 0;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BLANK -> 0;
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (value != Math.rint(value) || Math.abs(value) > 1e15) {
                    throw new NumberFormatException(Double.toString(value));
                }
                yield (long) value;
            }
            case STRING -> {
                String text = cell.getStringCellValue();
                if (text.isBlank()) {
                    yield 0;
                }
                try {
                    yield Long.parseLong(text.replaceAll("[\\s\\u00a0\\u202f]", ""));
                } catch (NumberFormatException e) {
                    throw new NumberFormatException(text);
                }
            }
            default -> throw new NumberFormatException(cell.toString());
        };
    }

    private static String reference(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
