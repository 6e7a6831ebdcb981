-- PMAS Ledger: reporting views of fund calls (call letter and "État des fonds encaissés et des
-- dépenses supportées") and of quarterly balance confirmations. Portable SQL. Amounts are
-- credit-positive: in the principal's favour, as the principal reads its current account.

-- The état finds the claim behind a validated-claim event (the event behind a journal entry is
-- found by ix_sig_event_entry, V8). Derby already backs the foreign key with an index and warns of
-- a duplicate; PostgreSQL needs it.
CREATE INDEX ix_claim_sig_event ON claim (sig_event_id);

-- Every line of a principal's current account (auxiliaries of 4581 and 47121) with what booked
-- it: event_type is the SIG event's, or MANUAL for an entry not booked from an event (entered by
-- hand, reversals). category is where the état shows the line, category_rank its order there:
--   1 FUNDS        funds received (FUNDS_RECEIVED, credit line)
--   2 CLAIMS       claims validated, detail = the provider's name or the member reimbursed
--   3 COMMISSIONS  management commissions on collected premiums, net of refunds
--   4 FEES         management fees on funds received (FUNDS_RECEIVED, debit line)
--   5 OTHER        anything else ("autres mouvements"), detail = the entry's description
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
) lines;

-- The movements of a fund call's état: its principal's current-account lines from statement_from
-- to issued_on, both included.
CREATE VIEW rpt_fund_call_movement AS
SELECT f.call_number, m.entry_date, m.reference, m.category, m.category_rank, m.detail, m.debit, m.credit
FROM fund_call f
JOIN rpt_principal_movement m ON m.principal_party_id = f.principal_party_id
WHERE m.entry_date >= f.statement_from AND m.entry_date <= f.issued_on;

-- A fund call with its principal and the figures of its état: the current-account balance on the
-- eve of statement_from (opening), the funds received and the expenses borne over the period,
-- and the balance at the end of issued_on (closing = opening + funds - expenses).
CREATE VIEW rpt_fund_call AS
SELECT f.call_number, f.issued_on, f.statement_from, f.amount, f.received, f.status,
       f.available_at_issue, f.target_at_issue, f.issued_by,
       p.code       AS principal_code,
       p.name       AS principal_name,
       p.party_type AS principal_type,
       a.code       AS account_code,
       (SELECT COALESCE(SUM(l.credit - l.debit), 0) FROM journal_line l
         WHERE l.account_id = a.id AND l.entry_date < f.statement_from) AS opening_balance,
       (SELECT COALESCE(SUM(m.credit), 0) FROM rpt_fund_call_movement m
         WHERE m.call_number = f.call_number AND m.category = 'FUNDS') AS funds_total,
       (SELECT COALESCE(SUM(m.debit - m.credit), 0) FROM rpt_fund_call_movement m
         WHERE m.call_number = f.call_number AND m.category <> 'FUNDS') AS expenses_total,
       (SELECT COALESCE(SUM(l.credit - l.debit), 0) FROM journal_line l
         WHERE l.account_id = a.id AND l.entry_date <= f.issued_on) AS closing_balance
FROM fund_call f
JOIN party p ON p.id = f.principal_party_id
JOIN account a ON a.party_id = p.id;

-- A balance confirmation with its principal, for the confirmation letter.
CREATE VIEW rpt_balance_confirmation AS
SELECT b.id         AS confirmation_id,
       b.quarter_end,
       b.balance,
       b.issued_at,
       p.code       AS principal_code,
       p.name       AS principal_name,
       p.party_type AS principal_type,
       a.code       AS account_code
FROM balance_confirmation b
JOIN party p ON p.id = b.principal_party_id
JOIN account a ON a.party_id = p.id;
