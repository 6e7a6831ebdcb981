package sn.pmas.ledger;

/**
 * What the posting rules need to know of a fiscal period; id is yyyymm. {@code beforeClosedYear}:
 * a later year is closed, whose AN entries carry this period's balances (docs/year-end.md).
 */
public record PeriodRef(int id, boolean open, boolean beforeClosedYear) {

    /** Period {@code id} (yyyymm), open or not, when the latest closed year after it is {@code latestClosedYear} (0: none). */
    static PeriodRef of(int id, boolean open, int latestClosedYear) {
        return new PeriodRef(id, open, id / 100 < latestClosedYear);
    }
}
