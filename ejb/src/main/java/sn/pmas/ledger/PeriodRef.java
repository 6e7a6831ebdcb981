package sn.pmas.ledger;

/**
 * What the posting rules need to know of a fiscal period; id is yyyymm. {@code beforeClosedYear}:
 * a later year is closed, whose AN entries carry this period's balances (docs/year-end.md).
 */
public record PeriodRef(int id, boolean open, boolean beforeClosedYear) {
}
