package sn.pmas.claim;

import java.time.LocalDate;
import java.time.YearMonth;

/** What the SIG says of a validated claim; exactly one of provider and member is set. */
public record ClaimDetails(String reference, long principalPartyId, Long providerPartyId, String memberName,
                           String invoiceReference, YearMonth careMonth, LocalDate invoiceReceivedOn,
                           LocalDate validatedOn, long amount, boolean medicalValidation) {
}
