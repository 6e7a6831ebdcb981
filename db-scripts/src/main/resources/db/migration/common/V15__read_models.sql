-- PMAS Ledger: read models that grow with what moved, not with accounts x periods
-- (docs/ledger.md "Read models"). Portable SQL.

-- One row per postable account and fiscal year: what the account brought into the year (every
-- period before it, whatever the account's class: the trial balance carries income and expense
-- under 128 itself) and what the year moved. Created when the year opens or the account does, and
-- maintained in the posting transaction, so the opening of any year is one row per account,
-- whatever the number of years behind it. Its row is also what a posting locks first: the period
-- rows below then need no zero rows created in advance.
CREATE TABLE account_year_balance (
    account_id      BIGINT  NOT NULL REFERENCES account (id),
    fiscal_year     INTEGER NOT NULL REFERENCES fiscal_year (fiscal_year),
    opening_debit   BIGINT  NOT NULL,
    opening_credit  BIGINT  NOT NULL,
    debit_total     BIGINT  NOT NULL,
    credit_total    BIGINT  NOT NULL,
    CONSTRAINT pk_account_year_balance PRIMARY KEY (account_id, fiscal_year),
    CONSTRAINT ck_year_balance_totals CHECK (opening_debit >= 0 AND opening_credit >= 0
        AND debit_total >= 0 AND credit_total >= 0)
);
CREATE INDEX ix_year_balance_year ON account_year_balance (fiscal_year, account_id, opening_debit, opening_credit,
    debit_total, credit_total);

INSERT INTO account_year_balance (account_id, fiscal_year, opening_debit, opening_credit, debit_total, credit_total)
SELECT a.id, y.fiscal_year,
       COALESCE((SELECT SUM(b.debit_total) FROM account_period_balance b
                  WHERE b.account_id = a.id AND b.period_id < y.fiscal_year * 100), 0),
       COALESCE((SELECT SUM(b.credit_total) FROM account_period_balance b
                  WHERE b.account_id = a.id AND b.period_id < y.fiscal_year * 100), 0),
       COALESCE((SELECT SUM(b.debit_total) FROM account_period_balance b
                  WHERE b.account_id = a.id AND b.period_id > y.fiscal_year * 100 AND b.period_id < (y.fiscal_year + 1) * 100), 0),
       COALESCE((SELECT SUM(b.credit_total) FROM account_period_balance b
                  WHERE b.account_id = a.id AND b.period_id > y.fiscal_year * 100 AND b.period_id < (y.fiscal_year + 1) * 100), 0)
FROM account a, fiscal_year y
WHERE a.postable = TRUE;

-- The trial balance, JSON and PDF alike, reads LedgerTotals (the year and period rows above):
-- nothing reads this view any more.
DROP VIEW rpt_general_balance;

-- Period rows now exist for the periods an account moved in only.
DELETE FROM account_period_balance WHERE debit_total = 0 AND credit_total = 0;

-- Claims validated and claims paid per principal and month (month = yyyymm, as period ids),
-- maintained where the claims register is written: working-fund positions read these instead of
-- scanning the claims, plus the claims of the partial months at the ends of their windows.
CREATE TABLE principal_claim_month (
    principal_party_id  BIGINT  NOT NULL REFERENCES party (id),
    claim_month         INTEGER NOT NULL,
    validated_total     BIGINT  NOT NULL,
    paid_total          BIGINT  NOT NULL,
    CONSTRAINT pk_principal_claim_month PRIMARY KEY (principal_party_id, claim_month),
    CONSTRAINT ck_claim_month_totals CHECK (validated_total >= 0 AND paid_total >= 0)
);

INSERT INTO principal_claim_month (principal_party_id, claim_month, validated_total, paid_total)
SELECT principal_party_id, claim_month, SUM(validated), SUM(paid) FROM (
    SELECT c.principal_party_id, p.id AS claim_month, c.amount AS validated, 0 AS paid
    FROM claim c JOIN fiscal_period p ON c.validated_on >= p.start_date AND c.validated_on <= p.end_date
    UNION ALL
    SELECT c.principal_party_id, p.id AS claim_month, 0 AS validated, c.amount AS paid
    FROM claim c JOIN fiscal_period p ON c.paid_on >= p.start_date AND c.paid_on <= p.end_date
) claims
GROUP BY principal_party_id, claim_month;

-- Claims paid on a date range of a principal (the days of partial months).
CREATE INDEX ix_claim_principal_paid ON claim (principal_party_id, paid_on);
