package sn.pmas.workingfund;

/** One-way: OPEN → ACKNOWLEDGED → RESOLVED, or OPEN → RESOLVED. */
public enum AlertState {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
