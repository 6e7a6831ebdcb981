package sn.pmas.statements;

/** A row of a note to the statements: the year's amount, the year before's, and what it says about them (maturity, share). */
public record NoteRow(String note, String code, String label, long amount, long previous, String remark) {
}
