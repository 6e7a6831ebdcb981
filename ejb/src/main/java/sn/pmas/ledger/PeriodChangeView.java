package sn.pmas.ledger;

import java.time.Instant;

/** One close or reopening of a period, as recorded. */
public record PeriodChangeView(String newState, String actedBy, Instant actedAt, String reason) {
}
