package sn.pmas.sig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvEventFileTest {

    private static EventFile read(String csv) {
        return EventFileFormat.CSV.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameEventsOnRowsTwoOnwards() {
        byte[] file = EventFileFormat.CSV.write(SampleEvents.ALL);
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFtype;reference;date;principal;amount;contract;"), text);
        assertTrue(text.contains("\"Versement; « fonds de roulement »\""), "a value holding the separator is quoted");

        EventFile read = EventFileFormat.CSV.read(file);
        assertEquals(List.of(), read.errors());
        assertEquals(SampleEvents.ALL, read.events());
        assertEquals(List.of(2, 3, 4, 5, 6), read.rows().stream().map(RowEvent::row).toList());
    }

    @Test
    void commaSeparatedColumnsInAnyOrderWithBlankRowsSkipped() {
        EventFile read = read("""
                amount,reference,type,principal,date,label\r
                "1 500 000",F-1,FUNDS_RECEIVED,ASKIA,2026-01-05,"Versement, janvier"\r
                ,,,,,\r
                \r
                "24300,50",F-2,funds_received,NSIA,31/01/2026,\r
                """);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(2, 5), read.rows().stream().map(RowEvent::row).toList(), "row numbers as in the file");
        SigEvent first = read.events().get(0);
        assertEquals("FUNDS_RECEIVED", first.type());
        assertEquals(new BigDecimal("1500000"), first.amount(), "grouping spaces are allowed");
        assertEquals("Versement, janvier", first.label());
        assertNull(first.contract(), "a column absent from the file is null");
        SigEvent second = read.events().get(1);
        assertEquals(new BigDecimal("24300.50"), second.amount(), "decimal comma; the whole-franc rule is the ingestion's");
        assertEquals("funds_received", second.type(), "the type is checked by the ingestion, as for JSON");
        assertEquals("2026-01-31", second.date(), "a French date as Excel saves it in CSV");
        assertNull(second.label());
    }

    @Test
    void theSeparatorOfTheHeaderWinsEvenWhenValuesHoldTheOther() {
        EventFile read = read("type;reference;label\nFUNDS_RECEIVED;F-1;a, b, c\n");
        assertEquals(List.of(), read.errors());
        assertEquals("a, b, c", read.events().get(0).label());
    }

    @Test
    void quotedLineBreaksStayInTheValueAndRowsCountRecords() {
        EventFile read = read("type;reference;label\nFUNDS_RECEIVED;F-1;\"ligne 1\nligne 2\"\nFUNDS_RECEIVED;F-2;x");
        assertEquals("ligne 1\nligne 2", read.events().get(0).label());
        assertEquals(3, read.rows().get(1).row());
        assertEquals("F-2", read.events().get(1).reference(), "a last line without a line break is read");
    }

    @Test
    void badCellsAreReportedWithTheirRowReferenceAndColumnAndNothingElseOfTheRowIsKept() {
        EventFile read = read("""
                type;reference;amount;medicalValidation;date
                CLAIM_VALIDATED;C-1;12x;oui;2026-01-05
                CLAIM_VALIDATED;C-2;1000;peut-être;31/02/2026
                CLAIM_VALIDATED;C-3;1000;non;2026-01-05
                """);
        assertEquals(List.of(
                new RowError(2, "C-1", "amount", "field.invalid", "amount : « 12x » n'est pas un montant (exemple : 1500000)."),
                new RowError(3, "C-2", "medicalValidation", "field.invalid",
                        "medicalValidation : oui ou non attendu (true/false, vrai/faux, 1/0), la cellule contient « peut-être »."),
                new RowError(3, "C-2", "date", "field.invalid", "date : « 31/02/2026 » n'est pas une date du calendrier.")),
                read.errors());
        assertEquals(List.of(4), read.rows().stream().map(RowEvent::row).toList());
        assertEquals(Boolean.FALSE, read.events().get(0).medicalValidation());
    }

    @Test
    void unknownRepeatedAndMissingColumnsRefuseTheFileOnRowOne() {
        EventFile read = read("type;montant;forceReason;type\nFUNDS_RECEIVED;1;x;y\n");
        assertEquals(List.of("montant", "forceReason", "type", "reference"),
                read.errors().stream().map(RowError::field).toList());
        assertEquals(List.of("import.unknown-column", "import.unknown-column", "import.duplicate-column", "import.missing-column"),
                read.errors().stream().map(RowError::code).toList());
        assertTrue(read.errors().stream().allMatch(error -> error.row() == 1));
        assertTrue(read.errors().get(0).message().startsWith("Colonne inconnue « montant ». Colonnes admises : type, reference, date,"));
        assertTrue(read.errors().get(1).message().contains("sinistre par sinistre"), "forcing is never done by file");
        assertTrue(read.rows().isEmpty());
    }

    @Test
    void aValueUnderANamelessColumnIsAnError() {
        EventFile read = read("type;reference;\nFUNDS_RECEIVED;F-1;\nFUNDS_RECEIVED;F-2;perdu\n");
        assertEquals(List.of(new RowError(3, "F-2", null, "field.invalid",
                "Valeur « perdu » en colonne 3, qui n'a pas de nom en ligne 1.")), read.errors());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheWayToSaveIt() {
        EventFile read = EventFileFormat.CSV.read("type;reference;label\nFUNDS_RECEIVED;F-1;Versement reçu\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(1, read.errors().size());
        assertNull(read.errors().get(0).row());
        assertEquals("import.unreadable", read.errors().get(0).code());
        assertTrue(read.errors().get(0).message().contains("CSV UTF-8"));
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheRowWhereItOpens() {
        EventFile read = read("type;reference;label\nFUNDS_RECEIVED;F-1;\"pas fermé\nFUNDS_RECEIVED;F-2;x\n");
        assertEquals(1, read.errors().size());
        assertEquals(2, read.errors().get(0).row());
        assertEquals("import.unreadable", read.errors().get(0).code());
    }

    @Test
    void emptyFilesAndHeaderlessFilesAreRefused() {
        assertEquals("import.empty", read("").errors().get(0).code());
        assertEquals("import.empty", read("\n\ntype;reference\n").errors().get(0).code(), "the names must be on row 1");
        assertEquals(List.of(new RowError(null, null, null, "import.empty", "Le fichier ne contient aucun événement.")),
                read("type;reference\n;\n").errors(), "names and blank rows only");
    }

    @Test
    void moreEventsThanOneSubmissionTakesAreRefusedAtTheFirstRowTooMany() {
        StringBuilder csv = new StringBuilder("type;reference\n");
        for (int i = 1; i <= EventFile.MAX_EVENTS + 3; i++) {
            csv.append("FUNDS_RECEIVED;F-").append(i).append('\n');
        }
        EventFile read = read(csv.toString());
        assertEquals(List.of(new RowError(EventFile.MAX_EVENTS + 2, null, null, "import.too-many-rows",
                "Plus de 5000 événements : découpez le fichier (par exemple par quinzaine).")), read.errors());
    }

    @Test
    void theIngestionsReasonsAreLocatedOnTheFileRows() {
        EventFile read = read("type;reference\n\nFUNDS_RECEIVED;F-1\n\nFUNDS_RECEIVED;F-2\n");
        List<RowError> located = read.locate(List.of(
                new LineError(1, "F-2", "principal", "field.required", "principal : obligatoire.")));
        assertEquals(List.of(new RowError(5, "F-2", "principal", "field.required", "principal : obligatoire.")), located);
    }
}
