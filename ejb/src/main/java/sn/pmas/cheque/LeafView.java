package sn.pmas.cheque;

import sn.pmas.platform.SqlValues;

/** One number of a cheque book and what became of it. */
public record LeafView(long number, State state, String chequeReference, String spoiledReason) {

    public enum State {
        UNUSED,
        USED,
        SPOILED
    }

    static LeafView of(Object[] row) {
        String spoiled = (String) row[1];
        String cheque = (String) row[2];
        return new LeafView(SqlValues.longOf(row[0]), cheque != null ? State.USED : spoiled != null ? State.SPOILED : State.UNUSED,
                cheque, spoiled);
    }
}
