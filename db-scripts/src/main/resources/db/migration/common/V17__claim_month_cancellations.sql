-- Claims cancelled before payment (SIG CLAIM_CANCELLED, V13) leave a principal's commitments: the
-- monthly claims totals (V15) count them by month of cancellation. The table is rebuilt from the
-- claims register, which holds every figure it sums.
ALTER TABLE principal_claim_month ADD COLUMN cancelled_total BIGINT DEFAULT 0 NOT NULL;

DELETE FROM principal_claim_month;

INSERT INTO principal_claim_month (principal_party_id, claim_month, validated_total, paid_total, cancelled_total)
SELECT principal_party_id, claim_month, SUM(validated), SUM(paid), SUM(cancelled) FROM (
    SELECT c.principal_party_id, p.id AS claim_month, c.amount AS validated, 0 AS paid, 0 AS cancelled
    FROM claim c JOIN fiscal_period p ON c.validated_on >= p.start_date AND c.validated_on <= p.end_date
    UNION ALL
    SELECT c.principal_party_id, p.id AS claim_month, 0 AS validated, c.amount AS paid, 0 AS cancelled
    FROM claim c JOIN fiscal_period p ON c.paid_on >= p.start_date AND c.paid_on <= p.end_date
    UNION ALL
    SELECT c.principal_party_id, p.id AS claim_month, 0 AS validated, 0 AS paid, c.amount AS cancelled
    FROM claim c JOIN fiscal_period p ON c.cancelled_on >= p.start_date AND c.cancelled_on <= p.end_date
) claims
GROUP BY principal_party_id, claim_month;

-- Claims cancelled on a date range of a principal (the days of partial months).
CREATE INDEX ix_claim_principal_cancelled ON claim (principal_party_id, cancelled_on);
