package sn.pmas.cheque;

import java.time.LocalDate;

/** A held cheque as the planner sees it; {@code principalCode} null for the pool's own payables. */
public record HeldCheque(long id, String reference, ChequeKind kind, String payee, long amount, String principalCode,
                         LocalDate latestReleaseOn, LocalDate heldOn) {
}
