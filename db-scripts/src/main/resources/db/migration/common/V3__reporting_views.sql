-- Reporting views: BIRT designs and workbooks read these, never the entity tables.

-- Movements per general-ledger account and period: auxiliary accounts are rolled up into their
-- control account, so this is the level of the balance generale.
-- carry_code / carry_name: where the row counts in the opening balance of a LATER fiscal year.
-- Balance-sheet accounts (classes 1-5) carry their own balance; the income and expense of
-- classes 6-8 of a past year is that year's result, shown under 128 "Résultat net en instance
-- d'affectation" until closing entries move it (which then zero those accounts themselves).
CREATE VIEW rpt_general_balance AS
SELECT COALESCE(c.code, a.code)   AS account_code,
       COALESCE(c.name, a.name)   AS account_name,
       a.account_class            AS account_class,
       CASE WHEN a.account_class <= 5 THEN COALESCE(c.code, a.code) ELSE r.code END AS carry_code,
       CASE WHEN a.account_class <= 5 THEN COALESCE(c.name, a.name) ELSE r.name END AS carry_name,
       b.period_id                AS period_id,
       p.fiscal_year              AS fiscal_year,
       b.debit_total              AS debit_total,
       b.credit_total             AS credit_total
FROM account_period_balance b
JOIN account a ON a.id = b.account_id
LEFT JOIN account c ON c.id = a.control_account_id
JOIN fiscal_period p ON p.id = b.period_id
JOIN account r ON r.code = '128';
