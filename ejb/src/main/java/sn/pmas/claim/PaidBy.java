package sn.pmas.claim;

/** How a claim was paid: by a cheque of the pool's treasury, or otherwise as the SIG reports it. */
public enum PaidBy {
    SIG,
    CHEQUE
}
