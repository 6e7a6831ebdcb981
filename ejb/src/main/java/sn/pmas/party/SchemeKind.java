package sn.pmas.party;

/** What kind of scheme delegates its management to the pool. */
public enum SchemeKind { MUTUELLE, IPM, PUBLIC_PURCHASING_FUND, SELF_INSURANCE }
