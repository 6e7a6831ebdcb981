package sn.pmas.sig;

import java.math.BigDecimal;

/**
 * One financial event as the SIG sends it, in the same flat shape whether it comes as JSON, a
 * CSV line or a spreadsheet row: every field is text or a decimal so that a wrong value is
 * reported on its field instead of failing the whole request. {@link EventValidation} says which
 * fields each {@link EventType} requires.
 *
 * @param type               an {@link EventType} name
 * @param reference          the SIG's unique reference of the event: its idempotency key
 * @param date               event date, yyyy-MM-dd (issue, collection, validation, payment, receipt)
 * @param principal          party code of the principal: lead insurer of a premium, insurer or scheme
 *                           carrying a claim or sending funds
 * @param amount             whole francs: premium (excluding costs and taxes), collected, cancelled or
 *                           refunded total, claim, funds or expense amount
 * @param contract           contract number (premium issued; claim validated, optional)
 * @param subscriberGroup    party code of the subscriber group (premium issued, optional)
 * @param broker             party code of the broker who brought the contract (premium issued, optional)
 * @param product            product name (premium issued)
 * @param periodFrom         first day covered (premium issued)
 * @param periodTo           last day covered (premium issued)
 * @param policyCosts        policy costs (accessoires) of the quittance
 * @param taxes              taxes of the quittance
 * @param premium            reference of the quittance collected, cancelled or refunded
 * @param provider           party code of the provider paid (claim to a provider)
 * @param member             name of the member reimbursed (claim outside the network)
 * @param invoice            invoice or file reference (claim validated)
 * @param careMonth          month of care, yyyy-MM (claim validated)
 * @param invoiceReceivedOn  date the invoice reached the pool (claim validated)
 * @param medicalValidation  true when the medical adviser validated the claim
 * @param claim              reference of the claim paid (claim paid)
 * @param account            expense account (operating expense, class 6)
 * @param label              free text carried to the entry
 * @param forceReason        why a privileged user books a claim its principal's funds do not cover
 */
public record SigEvent(
        String type,
        String reference,
        String date,
        String principal,
        BigDecimal amount,
        String contract,
        String subscriberGroup,
        String broker,
        String product,
        String periodFrom,
        String periodTo,
        BigDecimal policyCosts,
        BigDecimal taxes,
        String premium,
        String provider,
        String member,
        String invoice,
        String careMonth,
        String invoiceReceivedOn,
        Boolean medicalValidation,
        String claim,
        String account,
        String label,
        String forceReason) {
}
