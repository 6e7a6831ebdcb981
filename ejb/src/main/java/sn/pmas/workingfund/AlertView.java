package sn.pmas.workingfund;

import java.time.Instant;
import java.time.LocalDate;

/** An alert as listed to users; {@code entryId} is the forced entry of a forced payment. */
public record AlertView(long id, String principalCode, AlertType type, LocalDate raisedOn, Instant raisedAt, long amount,
                        String message, String claimReference, AlertState state, String acknowledgedBy,
                        Instant acknowledgedAt, String resolvedBy, Instant resolvedAt, String comment,
                        Long entryId) {
}
