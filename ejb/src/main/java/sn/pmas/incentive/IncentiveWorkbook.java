package sn.pmas.incentive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import sn.pmas.party.ConventionType;

/**
 * The distribution table (tableau de répartition, manual §7.6.2) as an XLSX workbook: the base and
 * the parameters at the top, then one row per ranked provider with its indicators as counts and
 * amounts, and formulas an auditor can follow from them to the share — rates, score, rank, cut,
 * weight, exact quotient, whole francs, remainder and its rank, share — beside the amount booked
 * and the difference (0 on every row). Floating point in the spreadsheet, exact integers in the
 * application: they agree to the franc for the pool's amounts (checked by evaluating the formulas).
 */
public final class IncentiveWorkbook {

    static final int FIRST_ROW = 19;
    static final String SHARE_COLUMN = "U";
    static final String BOOKED_COLUMN = "V";
    private static final List<String> HEADINGS = List.of("Catégorie", "Code", "Prestataire", "Factures",
            "Factures dans le délai", "Taux de respect des délais", "Sinistres validés (F)", "Factures rejetées (F)", "Taux de rejet",
            "Demandes de remboursement direct", "Taux de remboursement direct", "Score (points sur 10 000)", "Rang",
            "Dans la moitié la plus performante", "Poids dans la répartition", "Quote-part exacte (F)", "Francs entiers",
            "Reste", "Rang du reste", "Francs restants de la catégorie", "Part (F)", "Montant comptabilisé (F)", "Écart");

    private IncentiveWorkbook() {
    }

    public static byte[] write(IncentiveTable table) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Répartition " + table.year());
            Styles styles = new Styles(workbook);
            header(sheet, table, styles);
            rows(sheet, table, styles);
            sheet.createFreezePane(3, FIRST_ROW - 1);
            for (int column = 0; column < HEADINGS.size(); column++) {
                sheet.setColumnWidth(column, column == 2 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory workbook cannot fail to write", e);
        }
    }

    private static void header(Sheet sheet, IncentiveTable table, Styles styles) {
        IncentiveTerms terms = table.terms();
        int last = FIRST_ROW - 1 + table.rows().size();
        text(sheet, 0, "Intéressement des prestataires publics — exercice " + table.year() + " (manuel §7.6.2)", styles.bold);
        value(sheet, 2, "Résultat d'exploitation de l'exercice (classes 7 − 6, intéressement exclu)", table.operatingResult(), styles.francs);
        value(sheet, 3, "Pertes antérieures reportées", table.carriedLosses(), styles.francs);
        formula(sheet, 4, "Base : excédent net après report des pertes", "MAX(0,B3-B4)", styles.francs);
        value(sheet, 5, "Taux appliqué à la base", terms.surplusRate().doubleValue(), styles.percent);
        formula(sheet, 6, "Montant à répartir (arrondi au franc, au pair le plus proche)", halfEven("B5*B6"), styles.francs);
        value(sheet, 7, "Part des hôpitaux", terms.hospitalPart().doubleValue(), styles.percent);
        formula(sheet, 8, "Montant des hôpitaux (arrondi au pair le plus proche)", halfEven("B7*B8"), styles.francs);
        formula(sheet, 9, "Montant des autres établissements publics", "B7-B9", styles.francs);
        value(sheet, 10, "Délai de transmission des factures (jours après la fin du mois de soins)", terms.deadlineDays(), null);
        value(sheet, 11, "Poids : respect des délais", terms.deadlineWeight().doubleValue(), styles.percent);
        value(sheet, 12, "Poids : taux de rejet", terms.rejectionWeight().doubleValue(), styles.percent);
        value(sheet, 13, "Poids : remboursements directs", terms.directWeight().doubleValue(), styles.percent);
        text(sheet, 14, "Règle de répartition : " + terms.shareRule().label() + " ; seule la moitié la mieux classée de chaque "
                + "catégorie (arrondie au-dessus, ex aequo compris) reçoit une part ; francs restants aux plus grands restes.", null);
        formula(sheet, 15, "Total réparti", "SUM(" + SHARE_COLUMN + FIRST_ROW + ":" + SHARE_COLUMN + Math.max(FIRST_ROW, last) + ")", styles.francs);
        Row headings = sheet.createRow(FIRST_ROW - 2);
        for (int column = 0; column < HEADINGS.size(); column++) {
            headings.createCell(column).setCellValue(HEADINGS.get(column));
            headings.getCell(column).setCellStyle(styles.bold);
        }
    }

    private static void rows(Sheet sheet, IncentiveTable table, Styles styles) {
        int last = FIRST_ROW - 1 + table.rows().size();
        String category = "$A$" + FIRST_ROW + ":$A$" + last;
        for (int i = 0; i < table.rows().size(); i++) {
            IncentiveRow line = table.rows().get(i);
            int r = FIRST_ROW + i;
            Row row = sheet.createRow(r - 1);
            row.createCell(0).setCellValue(label(line.category()));
            row.createCell(1).setCellValue(line.code());
            row.createCell(2).setCellValue(line.name());
            row.createCell(3).setCellValue(line.invoices());
            row.createCell(4).setCellValue(line.invoicesOnTime());
            cell(row, 5, "IF(D" + r + "=0,1,E" + r + "/D" + r + ")", styles.rate);
            row.createCell(6).setCellValue(line.claimedAmount());
            row.getCell(6).setCellStyle(styles.francs);
            row.createCell(7).setCellValue(line.rejectedAmount());
            row.getCell(7).setCellStyle(styles.francs);
            cell(row, 8, "IF(G" + r + "+H" + r + "=0,0,H" + r + "/(G" + r + "+H" + r + "))", styles.rate);
            row.createCell(9).setCellValue(line.directRequests());
            cell(row, 10, "IF(D" + r + "+J" + r + "=0,0,J" + r + "/(D" + r + "+J" + r + "))", styles.rate);
            cell(row, 11, "ROUND(10000*($B$12*F" + r + "+$B$13*(1-I" + r + ")+$B$14*(1-K" + r + ")),0)", null);
            cell(row, 12, "COUNTIFS(" + category + ",A" + r + "," + range("L", last) + ",\">\"&L" + r + ")+1", null);
            cell(row, 13, "IF(M" + r + "<=ROUNDUP(COUNTIF(" + category + ",A" + r + ")/2,0),\"oui\",\"non\")", null);
            cell(row, 14, "IF(N" + r + "=\"oui\"," + weight(table.terms().shareRule(), r) + ",0)", null);
            String amount = "IF(A" + r + "=\"" + label(ConventionType.HOSPITAL) + "\",$B$9,$B$10)";
            String weights = "SUMIFS(" + range("O", last) + "," + category + ",A" + r + ")";
            cell(row, 15, "IF(" + weights + "=0,0," + amount + "*O" + r + "/" + weights + ")", styles.exact);
            cell(row, 16, "INT(P" + r + ")", styles.francs);
            cell(row, 17, "P" + r + "-Q" + r, styles.exact);
            String earlier = r == FIRST_ROW ? "0" : "COUNTIFS($A$" + FIRST_ROW + ":A" + (r - 1) + ",A" + r + ",$R$" + FIRST_ROW + ":R" + (r - 1) + ",R" + r + ")";
            cell(row, 18, "COUNTIFS(" + category + ",A" + r + "," + range("R", last) + ",\">\"&R" + r + ")+" + earlier + "+1", null);
            cell(row, 19, "IF(" + weights + "=0,0," + amount + "-SUMIFS(" + range("Q", last) + "," + category + ",A" + r + "))", styles.francs);
            cell(row, 20, "Q" + r + "+IF(AND(O" + r + ">0,S" + r + "<=T" + r + "),1,0)", styles.francs);
            row.createCell(21).setCellValue(line.share());
            row.getCell(21).setCellStyle(styles.francs);
            cell(row, 22, SHARE_COLUMN + r + "-" + BOOKED_COLUMN + r, styles.francs);
        }
    }

    static String label(ConventionType category) {
        return category == ConventionType.HOSPITAL ? "Hôpital" : "Autre établissement public";
    }

    private static String weight(ShareRule rule, int r) {
        return switch (rule) {
            case SCORE_TIMES_CLAIMS -> "L" + r + "*G" + r;
            case SCORE -> "L" + r;
            case EQUAL -> "1";
        };
    }

    /** Excel's ROUND goes half away from zero: a tie goes to the even franc here, as the application rounds. */
    private static String halfEven(String x) {
        return "IF(ABS(" + x + "-INT(" + x + ")-0.5)<1E-9,INT(" + x + ")+MOD(INT(" + x + "),2),ROUND(" + x + ",0))";
    }

    private static String range(String column, int last) {
        return "$" + column + "$" + FIRST_ROW + ":$" + column + "$" + last;
    }

    private static void cell(Row row, int column, String formula, CellStyle style) {
        row.createCell(column).setCellFormula(formula);
        if (style != null) {
            row.getCell(column).setCellStyle(style);
        }
    }

    private static void text(Sheet sheet, int row, String text, CellStyle style) {
        sheet.createRow(row).createCell(0).setCellValue(text);
        if (style != null) {
            sheet.getRow(row).getCell(0).setCellStyle(style);
        }
    }

    private static void value(Sheet sheet, int row, String label, double value, CellStyle style) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(label);
        line.createCell(1).setCellValue(value);
        if (style != null) {
            line.getCell(1).setCellStyle(style);
        }
    }

    private static void formula(Sheet sheet, int row, String label, String formula, CellStyle style) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(label);
        cell(line, 1, formula, style);
    }

    /** The workbook's few cell styles, created once (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle francs;
        final CellStyle percent;
        final CellStyle rate;
        final CellStyle exact;

        Styles(Workbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            bold.setWrapText(true);
            francs = format(workbook, "# ##0");
            percent = format(workbook, "0.00%");
            rate = format(workbook, "0.0000");
            exact = format(workbook, "0.000000");
        }

        private static CellStyle format(Workbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
