package sn.pmas.sig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Event files as Excel workbooks (.xlsx): the first sheet, row 1 for the column names. Amounts
 * may be number cells, dates date cells (or text), yes/no boolean cells; formulas count by their
 * last computed value.
 */
final class XlsxEventFile {

    private static final String SHEET = "Événements";
    private static final int COLUMN_WIDTH = 16 * 256;

    private XlsxEventFile() {
    }

    static EventFile read(byte[] content) {
        List<SourceRow> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return EventFile.refused(RowError.ofFile(SigRejection.IMPORT_EMPTY, "Le classeur n'a aucune feuille."));
            }
            for (Row row : workbook.getSheetAt(0)) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(cellOf(row.getCell(i)));
                }
                rows.add(new SourceRow(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is no workbook (CSV, old .xls, a truncated upload) with various runtime exceptions
            return EventFile.refused(RowError.ofFile(SigRejection.IMPORT_UNREADABLE, "Le fichier n'est pas un classeur Excel .xlsx "
                    + "lisible (un ancien .xls doit être enregistré au format .xlsx)."));
        }
        return EventRows.read(rows);
    }

    private static Cell cellOf(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new Cell.Text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Cell.Day(cell.getLocalDateTimeCellValue().toLocalDate())
                    : new Cell.Number(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
            case BOOLEAN -> new Cell.Flag(cell.getBooleanCellValue());
            case ERROR -> new Cell.Unreadable(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cell.EMPTY;
        };
    }

    static byte[] write(List<SigEvent> events) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            for (int i = 0; i < EventColumn.ALL.size(); i++) {
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
                cell.setCellValue(EventColumn.ALL.get(i).name());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < events.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < EventColumn.ALL.size(); i++) {
                    EventColumn column = EventColumn.ALL.get(i);
                    Object value = column.valueOf(events.get(r));
                    if (value != null) {
                        write(row.createCell(i), column.kind(), value, styles);
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing an event workbook in memory", e);
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Cell cell, EventColumn.Kind kind, Object value, Styles styles) {
        switch (value) {
            case BigDecimal decimal -> {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(styles.amount);
            }
            case Boolean flag -> cell.setCellValue(flag);
            case String text when kind == EventColumn.Kind.DATE && isoDate(text) -> {
                cell.setCellValue(LocalDate.parse(text));
                cell.setCellStyle(styles.date);
            }
            default -> cell.setCellValue(value.toString());
        }
    }

    private static boolean isoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle amount;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
