package sn.pmas.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fiscal package as one workbook (docs/financial-statements.md): identification, bilan,
 * compte de résultat, TFT, notes, and the control sheet. Totals are formulas over the detail
 * lines, and the cross-checks formulas over the statements' cells, so the workbook proves its own
 * totals wherever it is opened; values are computed before writing.
 */
final class FiscalPackageWorkbook {

    static final String CONTROLS = "Contrôles";
    private static final String[] SHEETS = {"Bilan", "Compte de résultat", "TFT"};

    private final Workbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle amount;
    private final CellStyle boldAmount;
    /** Where each line's amount for the year stands: "Bilan!C12". */
    private final Map<String, String> cells = new HashMap<>();

    private FiscalPackageWorkbook() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        boldAmount = workbook.createCellStyle();
        boldAmount.cloneStyleFrom(amount);
        boldAmount.setFont(font);
    }

    static byte[] write(Mapping mapping, FinancialStatements statements, List<String> identification) {
        FiscalPackageWorkbook book = new FiscalPackageWorkbook();
        try (Workbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.identification(identification);
            StatementKind[] kinds = StatementKind.values();
            for (int i = 0; i < kinds.length; i++) {
                book.statement(SHEETS[i], mapping, kinds[i], statements.lines(kinds[i]));
            }
            book.notes(statements.notes());
            book.controls(mapping, statements);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory workbook cannot fail to write", e);
        }
    }

    private void identification(List<String> lines) {
        Sheet sheet = workbook.createSheet("Identification");
        for (int i = 0; i < lines.size(); i += 2) {
            Row row = sheet.createRow(i / 2);
            text(row, 0, lines.get(i)).setCellStyle(bold);
            text(row, 1, lines.get(i + 1));
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private void statement(String name, Mapping mapping, StatementKind kind, List<StatementLine> lines) {
        Sheet sheet = workbook.createSheet(name);
        header(sheet, "Réf.", "Libellé", "Exercice N", "Exercice N-1");
        for (int i = 0; i < lines.size(); i++) {
            cells.put(kind + ":" + lines.get(i).code(), "'" + name + "'!C" + (i + 2));
        }
        for (int i = 0; i < lines.size(); i++) {
            StatementLine line = lines.get(i);
            LineDefinition definition = mapping.line(kind, line.code()).orElseThrow();
            Row row = sheet.createRow(i + 1);
            text(row, 0, line.code());
            text(row, 1, line.label());
            if (definition.kind() == LineDefinition.Kind.TOTAL) {
                formula(row, 2, sum(kind, definition, "C"), boldAmount);
                formula(row, 3, sum(kind, definition, "D"), boldAmount);
                row.getCell(1).setCellStyle(bold);
            } else {
                number(row, 2, line.amount(), amount);
                number(row, 3, line.previous(), amount);
            }
        }
        widths(sheet);
    }

    private String sum(StatementKind kind, LineDefinition total, String column) {
        StringBuilder formula = new StringBuilder();
        for (LineDefinition.Term term : total.terms()) {
            formula.append(term.sign() < 0 ? "-" : (formula.isEmpty() ? "" : "+")).append(column(cells.get(kind + ":" + term.code()), column));
        }
        return formula.toString();
    }

    private void notes(List<NoteRow> notes) {
        Sheet sheet = workbook.createSheet("Notes");
        header(sheet, "Note", "Réf.", "Libellé", "Exercice N", "Exercice N-1", "Observation");
        for (int i = 0; i < notes.size(); i++) {
            NoteRow note = notes.get(i);
            Row row = sheet.createRow(i + 1);
            text(row, 0, note.note());
            text(row, 1, note.code());
            text(row, 2, note.label());
            number(row, 3, note.amount(), amount);
            number(row, 4, note.previous(), amount);
            text(row, 5, note.remark());
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        sheet.setColumnWidth(4, 18 * 256);
        sheet.setColumnWidth(5, 30 * 256);
    }

    /** Each cross-check a formula over the statements' cells; the last row all of them together. */
    private void controls(Mapping mapping, FinancialStatements statements) {
        Sheet sheet = workbook.createSheet(CONTROLS);
        header(sheet, "Contrôle", "Résultat");
        StringBuilder cash = new StringBuilder();
        for (LineDefinition line : mapping.lines(StatementKind.BILAN)) {
            if (line.treasury()) {
                cash.append(line.nature() == 'D' ? "+" : "-").append(cells.get("BILAN:" + line.code()));
            }
        }
        List<String[]> checks = List.of(
                new String[] {statements.checks().get(0).title(), cell(StatementKind.BILAN, FinancialStatements.TOTAL_ASSETS) + "="
                        + cell(StatementKind.BILAN, FinancialStatements.TOTAL_LIABILITIES)},
                new String[] {statements.checks().get(1).title(), cell(StatementKind.CR, FinancialStatements.NET_RESULT) + "="
                        + cell(StatementKind.BILAN, FinancialStatements.BILAN_RESULT)},
                new String[] {statements.checks().get(2).title(), cell(StatementKind.TFT, FinancialStatements.CLOSING_CASH) + "=(" + cash + ")"},
                new String[] {statements.checks().get(3).title(), "COUNTA(A8:A" + (8 + Math.max(statements.unmapped().size(), 1)) + ")=0"});
        for (int i = 0; i < checks.size(); i++) {
            Row row = sheet.createRow(i + 1);
            text(row, 0, checks.get(i)[0]);
            formula(row, 1, checks.get(i)[1], bold);
        }
        Row all = sheet.createRow(checks.size() + 1);
        text(all, 0, "Tous les contrôles").setCellStyle(bold);
        formula(all, 1, "AND(B2:B" + (checks.size() + 1) + ")", bold);
        text(sheet.createRow(6), 0, "Comptes sans ligne (aucun attendu) :").setCellStyle(bold);
        for (int i = 0; i < statements.unmapped().size(); i++) {
            text(sheet.createRow(7 + i), 0, statements.unmapped().get(i));
        }
        sheet.setColumnWidth(0, 70 * 256);
        sheet.setColumnWidth(1, 14 * 256);
    }

    private String cell(StatementKind kind, String code) {
        return cells.get(kind + ":" + code);
    }

    private static String column(String reference, String column) {
        return reference.substring(0, reference.lastIndexOf('!') + 1) + column + reference.substring(reference.lastIndexOf('!') + 2);
    }

    private void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i]).setCellStyle(bold);
        }
    }

    private static void widths(Sheet sheet) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        sheet.setColumnWidth(3, 18 * 256);
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}
