-- The ledger's invariants, enforced by the database against any writer (docs/ledger.md, "What the
-- database guarantees"). Same design as on Derby: the entry header declares its number of lines;
-- lines go in order (line k needs line k-1); the insertion of the last line checks the balance; a
-- deferred foreign key from the header to its last line proves at commit that every line exists.

-- Entries posted before this migration declare the lines they have (V4's guard steps aside).
ALTER TABLE journal_entry DISABLE TRIGGER journal_entry_append_only;
ALTER TABLE journal_entry ADD COLUMN line_count SMALLINT NOT NULL DEFAULT 0;
UPDATE journal_entry SET line_count = (SELECT COUNT(*) FROM journal_line l WHERE l.entry_id = journal_entry.id);
ALTER TABLE journal_entry ALTER COLUMN line_count DROP DEFAULT;
ALTER TABLE journal_entry ENABLE TRIGGER journal_entry_append_only;

ALTER TABLE journal_entry ADD CONSTRAINT ck_entry_line_count CHECK (line_count >= 2);
ALTER TABLE journal_entry ADD CONSTRAINT ck_entry_period_of_date
    CHECK (period_id = EXTRACT(YEAR FROM entry_date) * 100 + EXTRACT(MONTH FROM entry_date));
ALTER TABLE journal_line ADD CONSTRAINT ck_line_number CHECK (line_number >= 1);
ALTER TABLE journal_entry ADD CONSTRAINT fk_entry_last_line FOREIGN KEY (id, line_count)
    REFERENCES journal_line (entry_id, line_number) DEFERRABLE INITIALLY DEFERRED;

-- A broken rule raises check_violation (23514) naming the rule as the constraint. AFTER row
-- triggers run at the end of the statement, so a multi-row insert is checked on all its rows.
-- The period is read FOR SHARE: a close waits for this transaction, as it does for the posting
-- service's own lock. Every probe goes through a primary key.
CREATE FUNCTION check_journal_line() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry RECORD;
BEGIN
    SELECT period_id, entry_date, line_count, total_amount INTO entry FROM journal_entry WHERE id = NEW.entry_id;
    IF NEW.period_id <> entry.period_id OR NEW.entry_date <> entry.entry_date THEN
        RAISE EXCEPTION 'line_dated_as_entry: line % of entry % is not dated as its entry', NEW.line_number, NEW.entry_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'line_dated_as_entry', TABLE = 'journal_line';
    END IF;
    PERFORM 1 FROM fiscal_period WHERE id = NEW.period_id AND state = 'OPEN' FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'line_period_open: period % is not open', NEW.period_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'line_period_open', TABLE = 'journal_line';
    END IF;
    IF NEW.line_number > entry.line_count THEN
        RAISE EXCEPTION 'line_within_entry: entry % declares % lines, not %', NEW.entry_id, entry.line_count, NEW.line_number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'line_within_entry', TABLE = 'journal_line';
    END IF;
    IF NEW.line_number > 1 AND NOT EXISTS (SELECT 1 FROM journal_line
            WHERE entry_id = NEW.entry_id AND line_number = NEW.line_number - 1) THEN
        RAISE EXCEPTION 'lines_in_order: line % of entry % comes before line %', NEW.line_number, NEW.entry_id, NEW.line_number - 1
            USING ERRCODE = 'check_violation', CONSTRAINT = 'lines_in_order', TABLE = 'journal_line';
    END IF;
    IF NEW.line_number = entry.line_count AND NOT EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.entry_id
            HAVING SUM(debit) = entry.total_amount AND SUM(credit) = entry.total_amount) THEN
        RAISE EXCEPTION 'entry_lines_balance: the lines of entry % do not both sum to its total %', NEW.entry_id, entry.total_amount
            USING ERRCODE = 'check_violation', CONSTRAINT = 'entry_lines_balance', TABLE = 'journal_line';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER journal_line_invariants AFTER INSERT ON journal_line
    FOR EACH ROW EXECUTE FUNCTION check_journal_line();

-- Entries posted before this migration obey the same rules, or the migration stops here.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM journal_entry entry WHERE NOT EXISTS (SELECT 1 FROM journal_line l
            WHERE l.entry_id = entry.id HAVING SUM(l.debit) = entry.total_amount
               AND SUM(l.credit) = entry.total_amount AND MAX(l.line_number) = entry.line_count)) THEN
        RAISE EXCEPTION 'entry_lines_balance: posted entries do not balance' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM journal_line line JOIN journal_entry entry ON entry.id = line.entry_id
            WHERE line.period_id <> entry.period_id OR line.entry_date <> entry.entry_date) THEN
        RAISE EXCEPTION 'line_dated_as_entry: posted lines are not dated as their entries' USING ERRCODE = 'check_violation';
    END IF;
END
$$;
