package sn.pmas.statements;

/**
 * A treasury account's counterpart in the year: the debits (money out) and credits (money in)
 * of an account on the entries that moved treasury, the AN entries left out.
 */
public record Flow(String code, String name, String heading, String headingName, long debit, long credit) {
}
