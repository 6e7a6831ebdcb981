/**
 * The providers' year-end incentive (manual §7.6.2, docs/provider-incentive.md): the base read
 * from the ledger, the indicators per public provider read from the claims registers, the score
 * and the two rankings, the largest-remainder split, and the run that books it, writes the held
 * cheque to the Ministry of Health and keeps the distribution table its documents show.
 */
package sn.pmas.incentive;
