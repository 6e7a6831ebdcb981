-- The annual budget (docs/budget.md): per fiscal year, one budget, draft until approved, with an
-- amount per account and month. Amounts are whole francs in the account's own direction (a
-- charge as a debit, a product as a credit), negative only where the year before's profile was.
CREATE TABLE budget (
    fiscal_year     INTEGER       NOT NULL PRIMARY KEY REFERENCES fiscal_year (fiscal_year),
    status          VARCHAR(10)   NOT NULL,
    based_on_year   INTEGER,
    growth_percent  DECIMAL(7, 2),
    spread          VARCHAR(10),
    prepared_by     VARCHAR(100)  NOT NULL,
    prepared_at     TIMESTAMP     NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     TIMESTAMP,
    CONSTRAINT ck_budget_status CHECK (status IN ('DRAFT', 'APPROVED')),
    CONSTRAINT ck_budget_spread CHECK (spread IS NULL OR spread IN ('EVEN', 'PROFILE')),
    CONSTRAINT ck_budget_approval CHECK ((status = 'APPROVED' AND approved_at IS NOT NULL) OR (status = 'DRAFT' AND approved_at IS NULL))
);

CREATE TABLE budget_line (
    fiscal_year  INTEGER  NOT NULL REFERENCES budget (fiscal_year),
    account_id   BIGINT   NOT NULL REFERENCES account (id),
    budget_month INTEGER  NOT NULL,
    amount       BIGINT   NOT NULL,
    CONSTRAINT pk_budget_line PRIMARY KEY (fiscal_year, account_id, budget_month),
    CONSTRAINT ck_budget_line_month CHECK (budget_month >= 1 AND budget_month <= 12)
);
