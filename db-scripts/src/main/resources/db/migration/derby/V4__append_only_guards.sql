-- Posted entries, their lines and the period audit trail are append-only. Derby has no SIGNAL:
-- an update or delete fires a trigger whose insert breaks a CHECK, which rolls the statement back
-- with the constraint's name in the error.
CREATE TABLE ledger_guard (
    violation VARCHAR(100),
    CONSTRAINT posted_entries_are_immutable CHECK (violation IS NULL)
);

CREATE TRIGGER journal_entry_no_update AFTER UPDATE ON journal_entry FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('UPDATE journal_entry');
CREATE TRIGGER journal_entry_no_delete AFTER DELETE ON journal_entry FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('DELETE journal_entry');
CREATE TRIGGER journal_line_no_update AFTER UPDATE ON journal_line FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('UPDATE journal_line');
CREATE TRIGGER journal_line_no_delete AFTER DELETE ON journal_line FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('DELETE journal_line');
CREATE TRIGGER period_change_no_update AFTER UPDATE ON period_state_change FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('UPDATE period_state_change');
CREATE TRIGGER period_change_no_delete AFTER DELETE ON period_state_change FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('DELETE period_state_change');
