package sn.pmas.bankstatement;

import java.util.List;

/** A statement and its lines, in file order. */
public record StatementDetail(StatementView statement, List<LineView> lines) {
}
