-- PMAS Ledger: the fund call's état after a closed year. V7's views read a principal's current
-- account from the ledger's inception; once a year is closed, its AN entries restate on 1 January
-- what those lines already sum to, and the état counted the balance twice. The views now skip the
-- AN entries and their reversals (the rule of LedgerTotals.movesMoney, docs/ledger.md "Opening
-- balances"), and the opening and closing balances are sums of the same movements the état lists.

DROP VIEW rpt_fund_call;
DROP VIEW rpt_fund_call_movement;
DROP VIEW rpt_principal_movement;

CREATE VIEW rpt_principal_movement AS
SELECT principal_party_id, account_code, entry_id, line_number, entry_date, reference, event_type, category,
       CASE category WHEN 'FUNDS' THEN 1 WHEN 'CLAIMS' THEN 2 WHEN 'COMMISSIONS' THEN 3 WHEN 'FEES' THEN 4 ELSE 5 END
           AS category_rank,
       CASE category WHEN 'CLAIMS' THEN payee WHEN 'OTHER' THEN description ELSE '' END AS detail,
       debit, credit
FROM (
    SELECT a.party_id                          AS principal_party_id,
           a.code                              AS account_code,
           l.entry_id                          AS entry_id,
           l.line_number                       AS line_number,
           l.entry_date                        AS entry_date,
           e.source_reference                  AS reference,
           e.description                       AS description,
           COALESCE(s.event_type, 'MANUAL')    AS event_type,
           CASE WHEN s.event_type = 'FUNDS_RECEIVED' AND l.credit > 0 THEN 'FUNDS'
                WHEN s.event_type = 'FUNDS_RECEIVED' THEN 'FEES'
                WHEN s.event_type IN ('PREMIUM_COLLECTED', 'PREMIUM_REFUNDED') THEN 'COMMISSIONS'
                WHEN s.event_type = 'CLAIM_VALIDATED' THEN 'CLAIMS'
                ELSE 'OTHER' END               AS category,
           COALESCE(pv.name, cl.member_name, e.description) AS payee,
           l.debit                             AS debit,
           l.credit                            AS credit
    FROM journal_line l
    JOIN account a ON a.id = l.account_id
    JOIN account c ON c.id = a.control_account_id
    JOIN journal_entry e ON e.id = l.entry_id
    LEFT JOIN sig_event s ON s.entry_id = l.entry_id
    LEFT JOIN claim cl ON cl.sig_event_id = s.id
    LEFT JOIN party pv ON pv.id = cl.provider_party_id
    WHERE c.code IN ('4581', '47121')
      AND (e.journal_code <> 'AN'
           OR (e.source <> 'YEAR_END'
               AND (e.reverses_entry_id IS NULL
                    OR NOT EXISTS (SELECT 1 FROM journal_entry restated
                                   WHERE restated.id = e.reverses_entry_id AND restated.source = 'YEAR_END'))))
) lines;

CREATE VIEW rpt_fund_call_movement AS
SELECT f.call_number, m.entry_date, m.reference, m.category, m.category_rank, m.detail, m.debit, m.credit
FROM fund_call f
JOIN rpt_principal_movement m ON m.principal_party_id = f.principal_party_id
WHERE m.entry_date >= f.statement_from AND m.entry_date <= f.issued_on;

CREATE VIEW rpt_fund_call AS
SELECT f.call_number, f.issued_on, f.statement_from, f.amount, f.received, f.status,
       f.available_at_issue, f.target_at_issue, f.issued_by,
       p.code       AS principal_code,
       p.name       AS principal_name,
       p.party_type AS principal_type,
       a.code       AS account_code,
       (SELECT COALESCE(SUM(m.credit - m.debit), 0) FROM rpt_principal_movement m
         WHERE m.principal_party_id = p.id AND m.entry_date < f.statement_from) AS opening_balance,
       (SELECT COALESCE(SUM(m.credit), 0) FROM rpt_fund_call_movement m
         WHERE m.call_number = f.call_number AND m.category = 'FUNDS') AS funds_total,
       (SELECT COALESCE(SUM(m.debit - m.credit), 0) FROM rpt_fund_call_movement m
         WHERE m.call_number = f.call_number AND m.category <> 'FUNDS') AS expenses_total,
       (SELECT COALESCE(SUM(m.credit - m.debit), 0) FROM rpt_principal_movement m
         WHERE m.principal_party_id = p.id AND m.entry_date <= f.issued_on) AS closing_balance
FROM fund_call f
JOIN party p ON p.id = f.principal_party_id
JOIN account a ON a.party_id = p.id;
