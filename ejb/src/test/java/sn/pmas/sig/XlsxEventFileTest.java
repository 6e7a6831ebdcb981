package sn.pmas.sig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxEventFileTest {

    @Test
    void whatIsWrittenReadsBackAsTheSameEvents() {
        EventFile read = EventFileFormat.XLSX.read(EventFileFormat.XLSX.write(SampleEvents.ALL));
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(2, 3, 4, 5, 6), read.rows().stream().map(RowEvent::row).toList());
        assertEquals(SampleEvents.ALL, read.events());
    }

    @Test
    void theWrittenSheetHasTypedCellsAUserCanWorkWith() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(EventFileFormat.XLSX.write(SampleEvents.ALL)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Événements", sheet.getSheetName());
            Row claim = sheet.getRow(3);
            assertEquals(CellType.NUMERIC, claim.getCell(column("amount")).getCellType());
            assertEquals(187_500, claim.getCell(column("amount")).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 1, 20), claim.getCell(column("date")).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BOOLEAN, claim.getCell(column("medicalValidation")).getCellType());
            assertEquals("2025-12", claim.getCell(column("careMonth")).getStringCellValue(), "a month stays text");
            assertNull(claim.getCell(column("contract")), "no cell for an empty value");
        }
    }

    @Test
    void typedCellsTextCellsFormulasAndErrorsAsAUserMayEnterThem() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet, "reference", "type", "amount", "date", "careMonth", "medicalValidation", "invoice", "policyCosts");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            Row good = sheet.createRow(1);
            good.createCell(0).setCellValue("C-1");
            good.createCell(1).setCellValue("CLAIM_VALIDATED");
            good.createCell(2).setCellValue(187_500);
            good.createCell(3).setCellValue(LocalDate.of(2026, 1, 20));
            good.getCell(3).setCellStyle(date);
            good.createCell(4).setCellValue(LocalDate.of(2025, 12, 1));
            good.getCell(4).setCellStyle(date);
            good.createCell(5).setCellValue("VRAI");
            good.createCell(6).setCellValue(20_260_112);
            good.createCell(7).setCellFormula("1000+500");
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("C-2");
            bad.createCell(1).setCellValue("CLAIM_VALIDATED");
            bad.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
            bad.createCell(3).setCellValue(true);
            bad.createCell(5).setCellValue(2);
        });
        EventFile read = EventFileFormat.XLSX.read(file);
        SigEvent event = read.events().get(0);
        assertEquals(new BigDecimal("187500"), event.amount());
        assertEquals("2026-01-20", event.date(), "a date cell, whatever its display format");
        assertEquals("2025-12", event.careMonth(), "a date cell in a month column is its month");
        assertEquals(Boolean.TRUE, event.medicalValidation(), "French Excel's VRAI as text");
        assertEquals("20260112", event.invoice(), "a number in a text column, without decimals");
        assertEquals(new BigDecimal("1500"), event.policyCosts(), "a formula counts by its computed value");
        assertEquals(List.of(
                new RowError(4, "C-2", "amount", "field.invalid", "amount : la cellule contient une erreur du tableur (#N/A)."),
                new RowError(4, "C-2", "date", "field.invalid",
                        "date : date attendue (AAAA-MM-JJ ou cellule date), la cellule contient « true »."),
                new RowError(4, "C-2", "medicalValidation", "field.invalid",
                        "medicalValidation : oui ou non attendu (true/false, vrai/faux, 1/0), la cellule contient « 2 ».")),
                read.errors());
    }

    @Test
    void aSheetWithoutNamesOnRowOneIsRefused() {
        byte[] file = workbook(sheet -> {
            Row late = sheet.createRow(2);
            late.createCell(0).setCellValue("type");
            late.createCell(1).setCellValue("reference");
        });
        assertEquals("import.empty", EventFileFormat.XLSX.read(file).errors().get(0).code());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInFrench() {
        EventFile read = EventFileFormat.XLSX.read("type;reference\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(RowError.ofFile(SigRejection.IMPORT_UNREADABLE,
                "Le fichier n'est pas un classeur Excel .xlsx lisible (un ancien .xls doit être enregistré au format .xlsx).")),
                read.errors());
    }

    private static int column(String name) {
        return EventColumn.names().indexOf(name);
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static byte[] workbook(Consumer<Sheet> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            content.accept(workbook.createSheet("Feuil1"));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
