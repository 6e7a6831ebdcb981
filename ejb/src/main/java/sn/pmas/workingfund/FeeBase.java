package sn.pmas.workingfund;

/** What the pool's remuneration of a principal is a percentage of (manual §7.1). */
public enum FeeBase {
    /** Management commission of an insurer: a share of the premium part of each collection. */
    COLLECTED_PREMIUMS,
    /** Fees of a delegating scheme: a share of the funds it puts at the pool's disposal. */
    FUNDS_RECEIVED
}
