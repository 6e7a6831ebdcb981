package sn.pmas.workingfund;

/** Why the pool must warn a principal (manual §1.2, §7.3). */
public enum AlertType {
    /** Available funds under the agreement's floor (amount or days of cover). */
    BELOW_FLOOR,
    /** One claim above the agreement's single-claim limit. */
    CLAIM_ABOVE_LIMIT,
    /** A claim booked beyond the available funds by a privileged user. */
    FORCED_PAYMENT,
    /** A principal's cheque returned unpaid by the bank: the funds it announced never came (docs/incoming-cheques.md). */
    RETURNED_CHEQUE
}
