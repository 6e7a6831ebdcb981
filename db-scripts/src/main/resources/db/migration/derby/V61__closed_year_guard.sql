-- PMAS Ledger: a closed fiscal year's periods stay closed, whoever writes (docs/year-end.md).
-- With every period closed, the line trigger of V12 (line_period_open) refuses any line dated in
-- the year: this keeps a script or a console from reopening one of its periods behind the ledger.
-- Derby has no SIGNAL: the trigger writes the broken rule's name into a table whose CHECK of that
-- name fails (SQLState 23513), as in V12.
CREATE TABLE year_rule_guard (
    broken_rule VARCHAR(30) NOT NULL,
    CONSTRAINT period_of_closed_year CHECK (broken_rule <> 'period_of_closed_year')
);

CREATE TRIGGER fiscal_period_of_closed_year AFTER UPDATE OF state ON fiscal_period REFERENCING NEW AS period FOR EACH ROW
    INSERT INTO year_rule_guard (broken_rule)
    SELECT 'period_of_closed_year' FROM fiscal_year y
    WHERE y.fiscal_year = period.fiscal_year AND y.closed = TRUE AND period.state = 'OPEN';
