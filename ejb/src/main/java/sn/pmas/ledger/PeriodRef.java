package sn.pmas.ledger;

/** What the posting rules need to know of a fiscal period; id is yyyymm. */
public record PeriodRef(int id, boolean open) {
}
