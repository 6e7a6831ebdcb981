package sn.pmas.currentaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the PDF statement's Java data sets write, and when its text needs no font substitution. */
class PrincipalStatementPdfTextTest {

    @Test
    void amountsAreWholeFrancsGroupedByThreeWithNoBreakSpaces() {
        assertEquals("0", PrincipalStatementRows.amount(0));
        assertEquals("999", PrincipalStatementRows.amount(999));
        assertEquals("1\u00A0000", PrincipalStatementRows.amount(1_000));
        assertEquals("25\u00A0900\u00A0000", PrincipalStatementRows.amount(25_900_000));
        assertEquals("-125\u00A0000", PrincipalStatementRows.amount(-125_000));
        assertEquals("-9\u00A0223\u00A0372\u00A0036\u00A0854\u00A0775\u00A0808", PrincipalStatementRows.amount(Long.MIN_VALUE));
    }

    @Test
    void eventTypesAreNamedAsThePrincipalSeesThem() {
        assertEquals("Écriture manuelle", PrincipalStatementRows.eventName(null));
        assertEquals("Sinistre validé", PrincipalStatementRows.eventName("CLAIM_VALIDATED"));
        assertEquals("Commission sur encaissement", PrincipalStatementRows.eventName("PREMIUM_COLLECTED"));
        assertEquals("CLAIM_PAID", PrincipalStatementRows.eventName("CLAIM_PAID"));
    }

    @Test
    void frenchTextFitsTheStandardFontsAndWolofLettersDoNot() {
        assertTrue(statement("Régularisation « œuvre » à 5 € – reçu’s").inStandardFonts());
        assertTrue(statement(null).inStandardFonts());
        assertFalse(statement("Mutuelle de Ñaŋ").inStandardFonts());
    }

    private static PrincipalStatement statement(String label) {
        return new PrincipalStatement("ASKIA", "ASKIA Assurances", "4581.ASKIA", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                0, 0, 100, -100, List.of(new StatementMovement(LocalDate.of(2025, 1, 2), 1, "OD", "MANUAL", "M-1", null, label,
                        100, 0, -100)));
    }
}
