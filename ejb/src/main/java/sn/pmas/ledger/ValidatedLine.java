package sn.pmas.ledger;

/** A line that passed every rule: resolved account, whole-franc amount on exactly one side. */
public record ValidatedLine(long accountId, String accountCode, long debit, long credit, String label) {
}
