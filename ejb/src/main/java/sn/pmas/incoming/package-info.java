/**
 * Incoming cheques (chèques de règlement à l'arrivée): received from a principal for its funds or
 * for another receipt, deposited on a deposit slip (bordereau de remise de chèques), cleared by the
 * bank, or returned unpaid. Posting rules and choices: docs/incoming-cheques.md. The register ties
 * with 513 and 514 ({@link sn.pmas.incoming.IncomingChequesReconciliation}); the deposit slips are
 * the bank statement's booked items of code {@code deposits} ({@link sn.pmas.incoming.DepositItems}).
 */
package sn.pmas.incoming;
