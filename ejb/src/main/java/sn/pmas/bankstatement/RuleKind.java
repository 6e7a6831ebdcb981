package sn.pmas.bankstatement;

/** What a matching rule looks for (docs/bank-statements.md). */
public enum RuleKind {
    /** A cheque of the books with the line's cheque number and amount. */
    EXACT_CHEQUE,
    /** An open item of the same amount within ± the rule's days, the label matching its pattern if it has one. */
    CANDIDATE,
    /** A deposit slip whose total the line credits, within the rule's days. */
    DEPOSIT,
    /** No counterpart in the books: the line is booked to the rule's account (bank charges, interest). */
    BOOKING
}
