package sn.pmas.statements;

import java.util.List;

/** What the ledger holds for a year, read once: every account that moved or carries a balance, and the treasury's counterparts. */
public record YearFigures(int year, boolean closed, List<AccountFigures> accounts, List<Flow> flows) {

    public YearFigures {
        accounts = List.copyOf(accounts);
        flows = List.copyOf(flows);
    }

    static YearFigures none(int year) {
        return new YearFigures(year, false, List.of(), List.of());
    }
}
