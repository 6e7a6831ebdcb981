package sn.pmas.reconciliation;

/** Over which dates a pair is compared at a date. */
public enum Span {
    /** Balance-sheet accounts: everything up to the date, since the ledger's first fiscal year. */
    SINCE_INCEPTION,
    /** Income and expense accounts: from the start of the date's fiscal year (they start again each year). */
    FISCAL_YEAR
}
