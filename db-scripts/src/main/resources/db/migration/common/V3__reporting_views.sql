-- Reporting views: BIRT designs and workbooks read these, never the entity tables.

-- Movements per general-ledger account and period: auxiliary accounts are rolled up into their
-- control account, so this is the level of the balance generale.
CREATE VIEW rpt_general_balance AS
SELECT COALESCE(c.code, a.code)   AS account_code,
       COALESCE(c.name, a.name)   AS account_name,
       a.account_class            AS account_class,
       b.period_id                AS period_id,
       p.fiscal_year              AS fiscal_year,
       b.debit_total              AS debit_total,
       b.credit_total             AS credit_total
FROM account_period_balance b
JOIN account a ON a.id = b.account_id
LEFT JOIN account c ON c.id = a.control_account_id
JOIN fiscal_period p ON p.id = b.period_id;
