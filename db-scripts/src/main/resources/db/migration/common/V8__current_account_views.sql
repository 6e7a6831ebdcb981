-- Movements of principals' current accounts (4581.X insurers, 47121.X delegating schemes), with
-- the SIG event that caused each (none for manual entries and reversals). Credit-positive: an
-- amount in the principal's favour is a credit. Read by the principal statement (JSON, CSV, PDF).
-- It carries the account id: a statement that filters on it is read through the
-- (account_id, entry_date) index of journal_line. Filtered on the account code only, Derby's
-- optimizer scans every line of the period through the date index instead (measured: 673 ms for
-- a year's statement with 240 000 lines in the year).
CREATE VIEW rpt_current_account_line AS
SELECT p.code AS principal_code,
       p.name AS principal_name,
       p.party_type AS principal_type,
       a.code AS account_code,
       l.account_id,
       l.entry_date,
       l.entry_id,
       l.line_number,
       e.journal_code,
       e.source,
       e.source_reference,
       s.event_type,
       e.description,
       l.label,
       l.debit,
       l.credit
FROM journal_line l
JOIN account a ON a.id = l.account_id
JOIN party p ON p.id = a.party_id
JOIN journal_entry e ON e.id = l.entry_id
LEFT JOIN sig_event s ON s.entry_id = e.id
WHERE p.party_type IN ('INSURER', 'DELEGATING_SCHEME');

CREATE INDEX ix_sig_event_entry ON sig_event (entry_id);

-- The principals and their current accounts, for report headings.
CREATE VIEW rpt_principal AS
SELECT p.code AS principal_code,
       p.name AS principal_name,
       p.party_type AS principal_type,
       a.code AS account_code
FROM party p
JOIN account a ON a.party_id = p.id
WHERE p.party_type IN ('INSURER', 'DELEGATING_SCHEME');
