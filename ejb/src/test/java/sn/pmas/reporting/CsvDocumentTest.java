package sn.pmas.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDocumentTest {

    @Test
    void startsWithTheUtf8ByteOrderMarkThenFrenchHeadersSeparatedBySemicolons() {
        byte[] csv = CsvDocument.of(List.of("N° quittance", "Prime totale"), List.of());

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("N° quittance;Prime totale\r\n", new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void amountsAreIntegersDatesFrenchAndYesNoInFrench() {
        byte[] csv = CsvDocument.of(List.of("Date", "Montant", "Visa", "Payé le"),
                List.of(Arrays.asList(LocalDate.of(2040, 3, 5), 1_250_000L, true, null),
                        Arrays.asList(LocalDate.of(2040, 12, 31), -84_000L, false, LocalDate.of(2041, 1, 2))));

        assertEquals("Date;Montant;Visa;Payé le\r\n05/03/2040;1250000;Oui;\r\n31/12/2040;-84000;Non;02/01/2041\r\n",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void quotesOnlyCellsThatNeedIt() {
        assertEquals("Clinique Les Filaos", CsvDocument.cell("Clinique Les Filaos"));
        assertEquals("\"Diop; Awa\"", CsvDocument.cell("Diop; Awa"));
        assertEquals("\"dit \"\"Pape\"\"\"", CsvDocument.cell("dit \"Pape\""));
        assertEquals("\"ligne 1\nligne 2\"", CsvDocument.cell("ligne 1\nligne 2"));
    }

    @Test
    void aRowOfAnotherWidthThanTheHeadersIsABug() {
        assertThrows(IllegalArgumentException.class, () -> CsvDocument.of(List.of("A", "B"), List.of(List.of("seul"))));
    }
}
