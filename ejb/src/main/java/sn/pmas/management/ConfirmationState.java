package sn.pmas.management;

/**
 * Where the balance confirmation of a principal's quarter stands (docs/working-funds.md).
 *
 * @param state        NOT_ISSUED, AWAITING (issued, no answer yet), AGREED or DISPUTED
 * @param label        the same in French, with the dates
 * @param confirmation the confirmation's id, null when none was issued
 * @param balance      the balance the letter asked to confirm, null when none was issued
 * @param difference   the closing balance of the package less that balance (entries booked after
 *                     the letter into the quarter), null when none was issued
 * @param comment      the principal's comment on a dispute
 */
public record ConfirmationState(String state, String label, Long confirmation, Long balance, Long difference, String comment) {
}
