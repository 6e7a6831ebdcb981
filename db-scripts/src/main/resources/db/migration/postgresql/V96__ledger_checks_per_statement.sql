-- V12's rules on the lines, and V66's queue of entries awaiting their seal, once per statement
-- instead of once per row: a posting of 1 000 entries inserts its lines 128 rows a statement, and
-- each row's trigger read fiscal_period by a sequential scan (a table of a few hundred rows is
-- planned that way), so the periods' rows were visited some 300 000 times a batch. Same rules, same
-- constraint names and codes (docs/ledger.md, "What the database guarantees").
DROP TRIGGER journal_line_invariants ON journal_line;
DROP FUNCTION check_journal_line();

CREATE FUNCTION check_journal_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    closed_period INTEGER;
    rule INTEGER;
    broken_entry BIGINT;
    broken_line INTEGER;
    declared_lines INTEGER;
    entry_total BIGINT;
BEGIN
    -- Each period written into, read FOR SHARE once: a close waits for this transaction.
    WITH open_period AS MATERIALIZED (
        SELECT id FROM fiscal_period WHERE id IN (SELECT period_id FROM new_lines) AND state = 'OPEN' FOR SHARE)
    SELECT n.period_id INTO closed_period FROM new_lines n
    WHERE NOT EXISTS (SELECT 1 FROM open_period o WHERE o.id = n.period_id)
    LIMIT 1;
    -- The first broken rule in V12's order; a line whose entry does not exist is the foreign key's to refuse.
    SELECT checked.rule, checked.entry_id, checked.line_number, checked.line_count, checked.total_amount
    INTO rule, broken_entry, broken_line, declared_lines, entry_total
    FROM (SELECT n.entry_id, n.line_number, e.line_count, e.total_amount,
                 CASE
                     WHEN n.period_id <> e.period_id OR n.entry_date <> e.entry_date THEN 1
                     WHEN n.line_number > e.line_count THEN 3
                     WHEN n.line_number > 1 AND NOT EXISTS (SELECT 1 FROM journal_line previous
                             WHERE previous.entry_id = n.entry_id AND previous.line_number = n.line_number - 1) THEN 4
                     WHEN n.line_number = e.line_count AND NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id = n.entry_id
                             HAVING SUM(l.debit) = e.total_amount AND SUM(l.credit) = e.total_amount) THEN 5
                 END AS rule
          FROM new_lines n JOIN journal_entry e ON e.id = n.entry_id) checked
    WHERE checked.rule IS NOT NULL
    ORDER BY checked.rule, checked.entry_id, checked.line_number
    LIMIT 1;
    IF rule = 1 THEN
        RAISE EXCEPTION 'line_dated_as_entry: line % of entry % is not dated as its entry', broken_line, broken_entry
            USING ERRCODE = 'check_violation', CONSTRAINT = 'line_dated_as_entry', TABLE = 'journal_line';
    END IF;
    IF closed_period IS NOT NULL THEN
        RAISE EXCEPTION 'line_period_open: period % is not open', closed_period
            USING ERRCODE = 'check_violation', CONSTRAINT = 'line_period_open', TABLE = 'journal_line';
    END IF;
    IF rule = 3 THEN
        RAISE EXCEPTION 'line_within_entry: entry % declares % lines, not %', broken_entry, declared_lines, broken_line
            USING ERRCODE = 'check_violation', CONSTRAINT = 'line_within_entry', TABLE = 'journal_line';
    END IF;
    IF rule = 4 THEN
        RAISE EXCEPTION 'lines_in_order: line % of entry % comes before line %', broken_line, broken_entry, broken_line - 1
            USING ERRCODE = 'check_violation', CONSTRAINT = 'lines_in_order', TABLE = 'journal_line';
    END IF;
    IF rule = 5 THEN
        RAISE EXCEPTION 'entry_lines_balance: the lines of entry % do not both sum to its total %', broken_entry, entry_total
            USING ERRCODE = 'check_violation', CONSTRAINT = 'entry_lines_balance', TABLE = 'journal_line';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER journal_line_invariants AFTER INSERT ON journal_line
    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION check_journal_lines();

DROP TRIGGER journal_entry_awaits_seal ON journal_entry;
DROP FUNCTION queue_entry_for_seal();

CREATE FUNCTION queue_entries_for_seal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) SELECT id FROM new_entries;
    RETURN NULL;
END
$$;

CREATE TRIGGER journal_entry_awaits_seal AFTER INSERT ON journal_entry
    REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION queue_entries_for_seal();
