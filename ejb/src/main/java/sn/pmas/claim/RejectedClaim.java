package sn.pmas.claim;

import java.time.LocalDate;
import java.time.YearMonth;

/** What the SIG says of a provider's invoice it rejected on control (billing error): the claim is never owed. */
public record RejectedClaim(String reference, long principalPartyId, long providerPartyId, String invoiceReference,
                            YearMonth careMonth, LocalDate invoiceReceivedOn, LocalDate rejectedOn, long amount, String reason) {

    /** The register's row for this rejection, received as the SIG event {@code sigEventId}. */
    public ClaimRejection recorded(long sigEventId) {
        return new ClaimRejection(this, sigEventId);
    }
}
