package sn.pmas.statements;

/** A line of a statement as shown: the year's amount and the year before's. */
public record StatementLine(String code, String label, boolean total, long amount, long previous) {
}
