-- PMAS Ledger: the principals' statement lines (V97) are insert-only, as the journal lines are (V4).
CREATE TRIGGER current_account_line_append_only BEFORE UPDATE OR DELETE ON current_account_line
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
