-- The ledger's invariants, enforced by the database against any writer (docs/ledger.md, "What the
-- database guarantees"). The entry header declares its number of lines; lines go in order (line k
-- needs line k-1); the insertion of the last line checks the balance; a deferred foreign key from
-- the header to its last line proves at commit that every line exists. So the lines of a committed
-- entry are exactly 1..line_count, balanced, and nothing can be added to them afterwards.

-- Entries posted before this migration declare the lines they have. V4's guard refuses any update
-- of an entry: it steps aside for this one statement.
DROP TRIGGER journal_entry_no_update;
ALTER TABLE journal_entry ADD COLUMN line_count SMALLINT NOT NULL DEFAULT 0;
UPDATE journal_entry SET line_count = (SELECT COUNT(*) FROM journal_line l WHERE l.entry_id = journal_entry.id);
ALTER TABLE journal_entry ALTER COLUMN line_count DROP DEFAULT;
CREATE TRIGGER journal_entry_no_update AFTER UPDATE ON journal_entry FOR EACH STATEMENT
    INSERT INTO ledger_guard (violation) VALUES ('UPDATE journal_entry');

ALTER TABLE journal_entry ADD CONSTRAINT ck_entry_line_count CHECK (line_count >= 2);
ALTER TABLE journal_entry ADD CONSTRAINT ck_entry_period_of_date
    CHECK (period_id = YEAR(entry_date) * 100 + MONTH(entry_date));
ALTER TABLE journal_line ADD CONSTRAINT ck_line_number CHECK (line_number >= 1);
ALTER TABLE journal_entry ADD CONSTRAINT fk_entry_last_line FOREIGN KEY (id, line_count)
    REFERENCES journal_line (entry_id, line_number) DEFERRABLE INITIALLY DEFERRED;

-- Derby has no SIGNAL (see V4): a broken rule inserts its name here, which breaks the CHECK of the
-- same name, so the error names the rule and the statement is rolled back.
CREATE TABLE ledger_rule_guard (
    broken_rule VARCHAR(30) NOT NULL,
    CONSTRAINT line_dated_as_entry CHECK (broken_rule <> 'line_dated_as_entry'),
    CONSTRAINT line_period_open CHECK (broken_rule <> 'line_period_open'),
    CONSTRAINT line_within_entry CHECK (broken_rule <> 'line_within_entry'),
    CONSTRAINT lines_in_order CHECK (broken_rule <> 'lines_in_order'),
    CONSTRAINT entry_lines_balance CHECK (broken_rule <> 'entry_lines_balance')
);

-- Every probe goes through a primary key: the entry, the period, line k-1, and for the last line
-- the entry's own lines. Row triggers fire after the whole statement, so a multi-row insert is
-- checked on all its rows.
CREATE TRIGGER journal_line_invariants AFTER INSERT ON journal_line REFERENCING NEW AS line FOR EACH ROW
    INSERT INTO ledger_rule_guard (broken_rule)
    SELECT broken_rule FROM (
        SELECT CASE
            WHEN line.period_id <> entry.period_id OR line.entry_date <> entry.entry_date THEN 'line_dated_as_entry'
            WHEN NOT EXISTS (SELECT 1 FROM fiscal_period p WHERE p.id = line.period_id AND p.state = 'OPEN')
                THEN 'line_period_open'
            WHEN line.line_number > entry.line_count THEN 'line_within_entry'
            WHEN line.line_number > 1 AND NOT EXISTS (SELECT 1 FROM journal_line previous
                    WHERE previous.entry_id = line.entry_id AND previous.line_number = line.line_number - 1)
                THEN 'lines_in_order'
            WHEN line.line_number = entry.line_count AND NOT EXISTS (SELECT 1 FROM journal_line l
                    WHERE l.entry_id = line.entry_id
                    HAVING SUM(l.debit) = entry.total_amount AND SUM(l.credit) = entry.total_amount)
                THEN 'entry_lines_balance'
        END AS broken_rule
        FROM journal_entry entry WHERE entry.id = line.entry_id
    ) checked
    WHERE broken_rule IS NOT NULL;

-- Entries posted before this migration obey the same rules, or the migration stops here.
INSERT INTO ledger_rule_guard (broken_rule)
    SELECT 'entry_lines_balance' FROM journal_entry entry
    WHERE NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id = entry.id
                      HAVING SUM(l.debit) = entry.total_amount AND SUM(l.credit) = entry.total_amount
                         AND MAX(l.line_number) = entry.line_count);
INSERT INTO ledger_rule_guard (broken_rule)
    SELECT 'line_dated_as_entry' FROM journal_line line JOIN journal_entry entry ON entry.id = line.entry_id
    WHERE line.period_id <> entry.period_id OR line.entry_date <> entry.entry_date;
