-- PMAS Ledger: the principals' statement lines (V97) are insert-only, as the journal lines are (V4).
CREATE TRIGGER current_account_line_no_update AFTER UPDATE ON current_account_line FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('UPDATE current_account_line');
CREATE TRIGGER current_account_line_no_delete AFTER DELETE ON current_account_line FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('DELETE current_account_line');
