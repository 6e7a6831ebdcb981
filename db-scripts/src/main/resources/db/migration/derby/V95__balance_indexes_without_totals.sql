-- PMAS Ledger: one index fewer on each balance table, each an index every posting rewrote: the
-- year rows' by account and the period rows' by account, which served no read the primary key
-- does not. The covering indexes by heading stay: Derby updates a row in place whatever its other
-- indexes (PostgreSQL needs them gone for heap-only updates, see its V95), and without the totals
-- in the index the trial balance would scan the table of every year's rows.

DROP INDEX ix_year_balance_year;
DROP INDEX ix_balance_period;
