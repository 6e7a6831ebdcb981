package sn.pmas.incoming;

/** What a received cheque pays: a principal's funds (a fund call's payment), or another receipt of the pool. */
public enum IncomingChequeKind {
    /** Credits the principal's current account when cleared, by the SIG's FUNDS_RECEIVED rule. */
    FUNDS,
    /** Credits the account the accountant names (membership fee, subsidy, refund…) on receipt. */
    OTHER
}
