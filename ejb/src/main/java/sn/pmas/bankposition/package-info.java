/**
 * The bank position journal (journal de position bancaire, manual §7.3): per bank account and day,
 * the book balance, the cheques released and not cashed, those held, the deposits in transit, the
 * expected fund-call inflows and the available position; and the projected position over the next
 * 30 days, flagging the days below the safety margin (docs/bank-position.md). Read only.
 */
package sn.pmas.bankposition;
