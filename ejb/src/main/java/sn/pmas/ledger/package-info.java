/**
 * The general ledger: chart of accounts, journals, fiscal periods and the one service that posts.
 *
 * <p>Every sub-ledger hands a {@link sn.pmas.ledger.PostingRequest} to
 * {@link sn.pmas.ledger.PostingService}; nothing else writes journal entries, lines or balances.
 * Posted entries are immutable: a mistake is corrected by a reversing entry that points to the
 * original. The same invariants are held by the database (CHECK constraints, unique keys,
 * append-only guards on the journal tables).
 */
package sn.pmas.ledger;
