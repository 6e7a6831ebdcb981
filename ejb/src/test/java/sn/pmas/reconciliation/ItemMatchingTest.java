package sn.pmas.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemMatchingTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);
    private static final String NBSP = "\u00A0";

    @Test
    void theFirstItemByDateWhoseAmountsDifferIsNamed() {
        FirstDifference first = ItemMatching.firstDifference("4011.HR-THIES", 246_000, 245_000,
                List.of(claim("S-2", MARCH_20, 100_000), claim("S-1", MARCH_10, 146_000)),
                List.of(movement("S-1", MARCH_10, 145_000), movement("S-2", MARCH_20, 100_000)));
        assertEquals("S-1", first.reference());
        assertEquals("SIG", first.source());
        assertEquals(MARCH_10, first.date());
        assertEquals(146_000, first.registerAmount());
        assertEquals(145_000, first.ledgerAmount());
        assertEquals("4011.HR-THIES", first.account());
        assertEquals("Sinistre S-1 : 146" + NBSP + "000" + NBSP + "F au registre, 145" + NBSP + "000" + NBSP
                + "F au grand livre (écriture SIG S-1).", first.description());
    }

    @Test
    void aRegisterRowWithoutItsEntryAndAnEntryWithoutItsRowAreBothFound() {
        FirstDifference missingEntry = ItemMatching.firstDifference("47122", 60_000, 0,
                List.of(claim("S-9", MARCH_10, 60_000)), List.of());
        assertEquals(0, missingEntry.ledgerAmount());
        assertTrue(missingEntry.description().contains("aucune écriture SIG S-9 au grand livre"), missingEntry.description());

        FirstDifference unknownEntry = ItemMatching.firstDifference("4011.HR-THIES", 0, 5_000,
                List.of(), List.of(new LedgerMovement("MANUAL", "OD-17", MARCH_20, 5_000, "Régularisation")));
        assertEquals("MANUAL", unknownEntry.source());
        assertEquals(0, unknownEntry.registerAmount());
        assertTrue(unknownEntry.description().contains("Écriture MANUAL OD-17 (Régularisation)")
                && unknownEntry.description().endsWith("absente du registre."), unknownEntry.description());
    }

    @Test
    void rowsAndLinesUnderOneKeyAreSummedBeforeTheyAreCompared() {
        FirstDifference first = ItemMatching.firstDifference("4581.ASKIA", 1_000, 0,
                List.of(claim("F-1", MARCH_10, 500_000), claim("F-1", MARCH_10, 500_000), claim("F-2", MARCH_20, 1_000)),
                List.of(movement("F-1", MARCH_10, 1_200_000), movement("F-1", MARCH_10, -200_000)));
        assertEquals("F-2", first.reference(), "F-1 ties once both rows and both lines are summed");
    }

    @Test
    void whenNoItemDiffersAloneTheAccountIsStillNamed() {
        FirstDifference first = ItemMatching.firstDifference("70521", 10, 0, List.of(), List.of());
        assertNull(first.reference());
        assertEquals("70521", first.account());
    }

    private static RegisterItem claim(String reference, LocalDate date, long amount) {
        return new RegisterItem("SIG", reference, date, amount, "Sinistre " + reference);
    }

    private static LedgerMovement movement(String reference, LocalDate date, long amount) {
        return new LedgerMovement("SIG", reference, date, amount, "Sinistre");
    }
}
