-- The seals are append-only like the entries (V4's function), and every new entry waits in
-- audit_pending for its seal, whatever the writer.
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();

CREATE FUNCTION queue_entry_for_seal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) VALUES (NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER journal_entry_awaits_seal AFTER INSERT ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION queue_entry_for_seal();
