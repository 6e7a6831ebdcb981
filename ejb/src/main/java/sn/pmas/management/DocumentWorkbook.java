package sn.pmas.management;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A management document as an XLSX workbook (Apache POI): one sheet, the title and subtitle, each
 * table with its headings, figures as numbers (francs with a thousands format, percentages as
 * fractions shown with two decimals), the chart as a picture below.
 */
public final class DocumentWorkbook {

    private static final int CHART_ROWS = 22;

    private DocumentWorkbook() {
    }

    public static byte[] of(ManagementDocument document) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(document.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle francs = workbook.createCellStyle();
            francs.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle boldFrancs = workbook.createCellStyle();
            boldFrancs.cloneStyleFrom(francs);
            boldFrancs.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(document.title());
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(document.subtitle());
            for (DocumentTable table : document.tables()) {
                r++;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(table.title());
                title.getCell(0).setCellStyle(bold);
                Row headings = sheet.createRow(r++);
                for (int c = 0; c < table.headings().size(); c++) {
                    headings.createCell(c).setCellValue(table.headings().get(c));
                    headings.getCell(c).setCellStyle(bold);
                }
                for (DocumentRow line : table.rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.label());
                    if (line.summary()) {
                        row.getCell(0).setCellStyle(bold);
                    }
                    for (int c = 0; c < line.cells().size(); c++) {
                        Object cell = line.cells().get(c);
                        switch (cell) {
                            case null -> { }
                            case Long amount -> {
                                row.createCell(c + 1).setCellValue(amount);
                                row.getCell(c + 1).setCellStyle(line.summary() ? boldFrancs : francs);
                            }
                            case BigDecimal share -> {
                                row.createCell(c + 1).setCellValue(share.movePointLeft(2).doubleValue());
                                row.getCell(c + 1).setCellStyle(percent);
                            }
                            default -> row.createCell(c + 1).setCellValue(cell.toString());
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            for (int c = 1; c <= DocumentTable.MAX_FIGURES; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            if (document.chart() != null) {
                int picture = workbook.addPicture(document.chart().png(), Workbook.PICTURE_TYPE_PNG);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(0);
                anchor.setRow1(r + 1);
                anchor.setCol2(4);
                anchor.setRow2(r + 1 + CHART_ROWS);
                sheet.createDrawingPatriarch().createPicture(anchor, picture);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
