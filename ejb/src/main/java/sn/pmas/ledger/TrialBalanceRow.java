package sn.pmas.ledger;

/** One account of a trial balance. Balances are signed: positive = debit, negative = credit. */
public record TrialBalanceRow(String accountCode, String accountName, long opening, long debit, long credit, long closing) {
}
