package sn.pmas.claim;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the SIG says of a validated claim; exactly one of provider and member is set. A member's
 * claim may name the provider where the care was given ({@code careProviderPartyId}): a request for
 * direct reimbursement outside third-party payment, which the providers' incentive counts. The
 * contract is the SIG's contract number, when it sends one.
 */
public record ClaimDetails(String reference, long principalPartyId, Long providerPartyId, String memberName, Long careProviderPartyId,
                           String invoiceReference, String contract, YearMonth careMonth, LocalDate invoiceReceivedOn,
                           LocalDate validatedOn, long amount, boolean medicalValidation) {
}
