/**
 * Outgoing cheques (docs/cheques.md): the pool's bank accounts and their cheque books, cheques
 * prepared from what is owed, signed and held until the bank's position and the principal's funds
 * allow their release, then delivered and cashed; the release planner. Posts through the ledger's
 * {@code PostingService} only, under the source {@code TREASURY}.
 */
package sn.pmas.cheque;
