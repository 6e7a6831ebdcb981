-- PMAS Ledger: year and period rows carry their heading: the account the balance générale shows
-- them under (the control account of an auxiliary, the account itself otherwise), which never
-- changes once the account exists. The trial balance then sums rows per heading in the database
-- and reads back a row per heading, not one per account. Portable SQL.

ALTER TABLE account_year_balance ADD COLUMN heading_id BIGINT;
UPDATE account_year_balance SET heading_id =
    (SELECT COALESCE(a.control_account_id, a.id) FROM account a WHERE a.id = account_year_balance.account_id);
ALTER TABLE account_year_balance ADD CONSTRAINT ck_year_balance_heading CHECK (heading_id IS NOT NULL);
CREATE INDEX ix_year_balance_heading ON account_year_balance (fiscal_year, heading_id, account_id, opening_debit,
    opening_credit, debit_total, credit_total);

ALTER TABLE account_period_balance ADD COLUMN heading_id BIGINT;
UPDATE account_period_balance SET heading_id =
    (SELECT COALESCE(a.control_account_id, a.id) FROM account a WHERE a.id = account_period_balance.account_id);
ALTER TABLE account_period_balance ADD CONSTRAINT ck_balance_heading CHECK (heading_id IS NOT NULL);
CREATE INDEX ix_balance_period_heading ON account_period_balance (period_id, heading_id, debit_total, credit_total);
