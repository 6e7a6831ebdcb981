-- The SIG may name the contract a claim falls under (docs/sig-import.md): the statistical reports
-- detail claims per contract (docs/management-reports.md). Claims booked before stay without one.
ALTER TABLE claim ADD COLUMN contract_ref VARCHAR(60);
