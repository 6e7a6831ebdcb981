-- PMAS Ledger: a closed fiscal year's periods stay closed, whoever writes (docs/year-end.md).
-- With every period closed, the line trigger of V12 (line_period_open) refuses any line dated in
-- the year: this keeps a script or a console from reopening one of its periods behind the ledger.
CREATE FUNCTION check_period_of_closed_year() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'OPEN' AND EXISTS (SELECT 1 FROM fiscal_year WHERE fiscal_year = NEW.fiscal_year AND closed) THEN
        RAISE EXCEPTION 'period_of_closed_year: fiscal year % is closed, period % stays closed', NEW.fiscal_year, NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'period_of_closed_year', TABLE = 'fiscal_period';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER fiscal_period_of_closed_year AFTER UPDATE OF state ON fiscal_period
    FOR EACH ROW EXECUTE FUNCTION check_period_of_closed_year();
