package sn.pmas.bankstatement;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A bank's CSV export read through its saved mapping (Apache Commons CSV): a header line naming the
 * columns, then one operation a line. Faults name the file's line (the header is line 1).
 */
final class CsvStatementReader {

    private CsvStatementReader() {
    }

    static ParsedStatement read(byte[] content, CsvMapping mapping, int maxLines) throws StatementException {
        String text = utf8(content);
        DateTimeFormatter dates;
        try {
            dates = DateTimeFormatter.ofPattern(mapping.dateFormat());
        } catch (IllegalArgumentException e) {
            throw new StatementException(StatementRejection.MAPPING_MISSING, "dateFormat", "Format de date du compte illisible : " + mapping.dateFormat());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.separator().charAt(0)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<LineFault> faults = new ArrayList<>();
        List<ParsedLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns(mapping)) {
                if (!header.contains(column)) {
                    faults.add(LineFault.of(1, column, StatementRejection.STATEMENT_COLUMN_MISSING, "Ligne 1 : colonne « " + column
                            + " » absente (colonnes lues : " + String.join(", ", header) + ")."));
                }
            }
            if (!faults.isEmpty()) {
                throw StatementException.rejected(faults);
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (lines.size() + faults.size() >= maxLines) {
                    faults.add(LineFault.of(line, "body", StatementRejection.STATEMENT_TOO_MANY_LINES,
                            "Un relevé compte au plus " + maxLines + " opérations."));
                    break;
                }
                ParsedLine parsed = line(record, line, mapping, dates, faults);
                if (parsed != null) {
                    lines.add(parsed);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new StatementException(StatementRejection.STATEMENT_UNREADABLE, "body", "CSV illisible : " + e.getMessage());
        }
        if (faults.isEmpty() && lines.isEmpty()) {
            faults.add(LineFault.of(1, "body", StatementRejection.STATEMENT_EMPTY, "Le fichier ne compte aucune opération."));
        }
        if (!faults.isEmpty()) {
            throw StatementException.rejected(faults);
        }
        return new ParsedStatement(null, null, null, null, null, null, null, lines);
    }

    private static ParsedLine line(CSVRecord record, int line, CsvMapping mapping, DateTimeFormatter dates, List<LineFault> faults) {
        int before = faults.size();
        if (!record.isConsistent()) {
            faults.add(LineFault.of(line, "body", StatementRejection.STATEMENT_BAD_VALUE, "Ligne " + line + " : " + record.size()
                    + " colonnes au lieu de " + record.getParser().getHeaderNames().size() + "."));
            return null;
        }
        LocalDate booked = date(record, mapping.dateColumn(), line, dates, faults, true);
        LocalDate value = mapping.valueDateColumn() == null ? null : date(record, mapping.valueDateColumn(), line, dates, faults, false);
        long amount = 0;
        try {
            if (mapping.amountColumn() != null) {
                amount = Amounts.parse(record.get(mapping.amountColumn()), mapping.decimalComma());
            } else {
                String debit = record.get(mapping.debitColumn());
                String credit = record.get(mapping.creditColumn());
                if (debit.isBlank() == credit.isBlank()) {
                    throw new IllegalArgumentException("un montant au débit ou au crédit, pas les deux");
                }
                amount = debit.isBlank() ? Amounts.parse(credit, mapping.decimalComma()) : -Amounts.parse(debit, mapping.decimalComma());
            }
            if (amount == 0) {
                throw new IllegalArgumentException("montant nul");
            }
        } catch (IllegalArgumentException e) {
            faults.add(LineFault.of(line, mapping.amountColumn() != null ? mapping.amountColumn() : mapping.debitColumn(),
                    StatementRejection.STATEMENT_BAD_VALUE, "Ligne " + line + " : " + e.getMessage()));
        }
        String label = record.get(mapping.labelColumn());
        String reference = mapping.referenceColumn() == null ? null : record.get(mapping.referenceColumn());
        if (reference != null && reference.length() > 80) {
            faults.add(LineFault.of(line, mapping.referenceColumn(), StatementRejection.STATEMENT_BAD_VALUE,
                    "Ligne " + line + " : référence de plus de 80 caractères."));
        }
        Long cheque = null;
        String chequeText = mapping.chequeNumberColumn() == null ? "" : record.get(mapping.chequeNumberColumn());
        if (!chequeText.isBlank()) {
            try {
                cheque = Long.parseLong(chequeText);
            } catch (NumberFormatException e) {
                faults.add(LineFault.of(line, mapping.chequeNumberColumn(), StatementRejection.STATEMENT_BAD_VALUE,
                        "Ligne " + line + " : numéro de chèque non numérique (" + chequeText + ")."));
            }
        }
        if (faults.size() > before) {
            return null;
        }
        Map<String, String> raw = new LinkedHashMap<>(record.toMap());
        return new ParsedLine(line, booked, value, amount, Camt053Reader.cut(label.isBlank() ? "Opération ligne " + line : label, 500),
                reference == null || reference.isBlank() ? null : reference, cheque, null, Camt053Reader.cut(raw.toString(), 2000));
    }

    private static LocalDate date(CSVRecord record, String column, int line, DateTimeFormatter dates, List<LineFault> faults, boolean required) {
        String text = record.get(column);
        if (text.isBlank() && !required) {
            return null;
        }
        try {
            return LocalDate.parse(text, dates);
        } catch (DateTimeParseException e) {
            faults.add(LineFault.of(line, column, StatementRejection.STATEMENT_BAD_VALUE, "Ligne " + line + " : date illisible dans « "
                    + column + " » (" + text + ")."));
            return null;
        }
    }

    private static List<String> columns(CsvMapping mapping) {
        List<String> columns = new ArrayList<>();
        for (String column : new String[] {mapping.dateColumn(), mapping.valueDateColumn(), mapping.labelColumn(), mapping.amountColumn(),
                mapping.debitColumn(), mapping.creditColumn(), mapping.referenceColumn(), mapping.chequeNumberColumn()}) {
            if (column != null) {
                columns.add(column);
            }
        }
        return columns;
    }

    private static String utf8(byte[] content) throws StatementException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new StatementException(StatementRejection.STATEMENT_UNREADABLE, "body", "Le fichier CSV n'est pas en UTF-8.");
        }
    }
}
