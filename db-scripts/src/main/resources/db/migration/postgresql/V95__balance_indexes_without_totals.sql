-- PMAS Ledger: the year rows are indexed by what never changes (year, then heading), not by their
-- totals, which every posting updates. With the totals in two covering indexes, each update of a
-- year row rewrote two index entries as well and could never be a heap-only update: those indexes
-- grew to ten times the table (126 MB for 110 000 year rows after a few million postings), and
-- reads chose to scan the table instead. Without an indexed column changing, and with room left on
-- each page (fillfactor), PostgreSQL updates the totals within the page, indexes untouched. The
-- period rows keep one covering index (period, heading, totals), which the trial balance of a
-- month reads alone; the second, by account, served no read the primary key does not.

DROP INDEX ix_year_balance_year;
DROP INDEX ix_year_balance_heading;
CREATE INDEX ix_year_balance_heading ON account_year_balance (fiscal_year, heading_id);
ALTER TABLE account_year_balance SET (fillfactor = 80);

DROP INDEX ix_balance_period;
