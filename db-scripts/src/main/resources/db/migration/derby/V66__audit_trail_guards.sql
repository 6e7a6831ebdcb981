-- The seals are append-only like the entries (V4's design: the guard's CHECK fails), and every new
-- entry waits in audit_pending for its seal, whatever the writer.
CREATE TRIGGER audit_seal_no_update AFTER UPDATE ON audit_seal FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('UPDATE audit_seal');
CREATE TRIGGER audit_seal_no_delete AFTER DELETE ON audit_seal FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('DELETE audit_seal');
CREATE TRIGGER journal_entry_awaits_seal AFTER INSERT ON journal_entry REFERENCING NEW AS posted FOR EACH ROW
    INSERT INTO audit_pending (entry_id) VALUES (posted.id);
