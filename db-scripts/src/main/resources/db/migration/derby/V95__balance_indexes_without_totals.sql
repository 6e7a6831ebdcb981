-- PMAS Ledger: the year rows are indexed by what never changes (year, then heading), not by their
-- totals, which every posting updates: with the totals in two covering indexes, each update of a
-- year row rewrote two index entries as well. The period rows keep one covering index (period,
-- heading, totals), which the trial balance of a month reads alone; the second, by account, served
-- no read the primary key does not.

DROP INDEX ix_year_balance_year;
DROP INDEX ix_year_balance_heading;
CREATE INDEX ix_year_balance_heading ON account_year_balance (fiscal_year, heading_id);

DROP INDEX ix_balance_period;
