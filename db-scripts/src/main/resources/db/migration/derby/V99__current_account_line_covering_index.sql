-- PMAS Ledger: Derby reads a statement's 25 000 lines through V97's primary key and then fetches
-- each row from the table, one page read per row (JFR: most of a 110 ms request). This index holds
-- every column the statement shows, in the key's order, so Derby reads the index alone.
-- PostgreSQL reads the primary key's range and its rows in ~7 ms: it does not need it.
CREATE INDEX ix_current_account_line_statement ON current_account_line (account_id, entry_date, entry_id, line_number,
    journal_code, source, source_reference, event_type, label, debit, credit);
