package sn.pmas.audittrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash of docs/audit-trail.md: the expected value below was computed by the Python recipe of
 * that page (hashlib over the escaped cells), not by this code, so the two agree on escaping,
 * order and encoding.
 */
class ChainHashTest {

    private static final LocalDateTime POSTED = LocalDateTime.of(2075, 3, 7, 10, 15, 30, 123_456_789);

    private static List<JournalRow> deposit(String label) {
        return List.of(
                new JournalRow("BQ", 1, LocalDate.of(2075, 3, 7), 51, 1, "5211", "", label, 2_500_000, 0, "MANUAL", "DEP-1",
                        "Versement fonds", POSTED, "accountant", null),
                new JournalRow("BQ", 1, LocalDate.of(2075, 3, 7), 51, 2, "4581", "4581.ASKIA", "ligne \\ deux", 0, 2_500_000,
                        "MANUAL", "DEP-1", "Versement fonds", POSTED, "accountant", null));
    }

    @Test
    void theHashIsThePythonRecipesOverTheEscapedCells() {
        assertEquals("67252f8417ce68b52f32b182f3a71808273233a9ea05bf12d2050e35b53ceb77",
                ChainHash.of(ChainHash.GENESIS, deposit("Dépôt; ASKIA | mars")));
    }

    @Test
    void anEscapedSeparatorCannotPassForTwoCells() {
        assertNotEquals(ChainHash.of(ChainHash.GENESIS, List.of(line("x|y", "z"))), ChainHash.of(ChainHash.GENESIS, List.of(line("x", "y|z"))),
                "unescaped, both would read x|y|z");
    }

    private static JournalRow line(String auxiliary, String label) {
        return new JournalRow("BQ", 1, LocalDate.of(2075, 3, 7), 51, 1, "5211", auxiliary, label, 1, 0, "MANUAL", "R", "D", POSTED,
                "accountant", null);
    }

    @Test
    void theHashDependsOnThePreviousOne() {
        assertNotEquals(ChainHash.of(ChainHash.GENESIS, deposit("x")), ChainHash.of("1".repeat(64), deposit("x")));
    }

    @Test
    void postingTimesAreKeptToTheMicrosecond() {
        assertEquals("2075-03-07T10:15:30.123456", deposit("x").getFirst().cells().get(13));
    }
}
