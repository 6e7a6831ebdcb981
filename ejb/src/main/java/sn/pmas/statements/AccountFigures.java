package sn.pmas.statements;

/**
 * What one account (an auxiliary on its own) did in a year, signed (positive in debit):
 * {@code carried} what its year row brings forward from years never closed, {@code openingEntries}
 * its AN lines of 1 January, {@code moved} all its postings of the year (AN and closing entries
 * included), {@code closingEntries} what the year's closing moved on it. {@code heading} is where
 * the statements show it (an auxiliary under its control account).
 */
public record AccountFigures(String code, String name, int accountClass, String heading, String headingName,
                             long carried, long openingEntries, long moved, long closingEntries) {

    boolean incomeStatement() {
        return accountClass >= 6;
    }

    /** Its balance on 31 December. */
    long closing() {
        return carried + moved;
    }

    /** Its balance on 1 January, after the AN entries. */
    long opening() {
        return carried + openingEntries;
    }

    /** Income or expense of the year, the closing entries left out. */
    long result() {
        return moved - openingEntries - closingEntries;
    }
}
