package sn.pmas.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** A posting an administrator forced beyond a principal's funds: what it lacked, who forced it, when and why. */
public record ForcedPosting(long entryId, String source, String sourceReference, LocalDate entryDate,
                            long principalPartyId, String principalCode, long shortfall,
                            String reason, String forcedBy, Instant forcedAt) {
}
