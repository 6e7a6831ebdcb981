-- Reporting views of the premium registers and the monthly bordereaux per insurer
-- (docs/premium-registers.md). Portable SQL.
--
-- Months are text 'yyyy-MM': the first seven characters of a date's ISO text, which Derby and
-- PostgreSQL write alike (the PostgreSQL JDBC driver sets DateStyle ISO). Such months compare
-- and sort as months and are what the API takes.

-- One row per quittance issued, with its insurer and subscriber group.
CREATE VIEW rpt_premium_quittance AS
SELECT p.id                                        AS premium_id,
       p.reference                                 AS premium_reference,
       p.contract_ref                              AS contract_ref,
       i.code                                      AS insurer_code,
       i.name                                      AS insurer_name,
       g.code                                      AS group_code,
       g.name                                      AS group_name,
       p.product                                   AS product,
       p.period_from                               AS period_from,
       p.period_to                                 AS period_to,
       p.issued_on                                 AS issued_on,
       SUBSTR(CAST(p.issued_on AS CHAR(10)), 1, 7) AS issued_month,
       p.premium_amount                            AS premium_amount,
       p.policy_costs                              AS policy_costs,
       p.taxes                                     AS taxes,
       p.premium_amount + p.policy_costs + p.taxes AS total_amount
FROM premium p
JOIN party i ON i.id = p.insurer_party_id
LEFT JOIN party g ON g.id = p.group_party_id;

-- One row per collection, cancellation or refund of a quittance, with the quittance's dimensions.
CREATE VIEW rpt_premium_movement AS
SELECT m.id                                             AS movement_id,
       p.id                                             AS premium_id,
       p.reference                                      AS premium_reference,
       p.contract_ref                                   AS contract_ref,
       i.code                                           AS insurer_code,
       i.name                                           AS insurer_name,
       g.code                                           AS group_code,
       g.name                                           AS group_name,
       p.product                                        AS product,
       m.movement_type                                  AS movement_type,
       m.movement_date                                  AS movement_date,
       SUBSTR(CAST(m.movement_date AS CHAR(10)), 1, 7)  AS movement_month,
       m.total_amount                                   AS total_amount,
       m.net_premium                                    AS net_premium,
       m.commission                                     AS commission
FROM premium_movement m
JOIN premium p ON p.id = m.premium_id
JOIN party i ON i.id = p.insurer_party_id
LEFT JOIN party g ON g.id = p.group_party_id;

-- The collections bordereau: collections, and refunds as negative lines (they give the commission
-- back), so that its commission total is what the month charged the insurer's current account.
CREATE VIEW rpt_bordereau_collection AS
SELECT movement_id,
       insurer_code,
       insurer_name,
       movement_month,
       premium_reference,
       contract_ref,
       CASE WHEN movement_type = 'REFUNDED' THEN 'Remboursement' ELSE 'Encaissement' END AS nature,
       movement_date,
       CASE WHEN movement_type = 'REFUNDED' THEN -total_amount ELSE total_amount END AS amount,
       CASE WHEN movement_type = 'REFUNDED' THEN -net_premium ELSE net_premium END AS net_premium,
       CASE WHEN movement_type = 'REFUNDED' THEN -commission ELSE commission END AS commission
FROM rpt_premium_movement
WHERE movement_type IN ('COLLECTED', 'REFUNDED');

-- Claims validated for payment, with their principal and payee (the provider, or the member
-- reimbursed outside the network). paid_on is filled when the claim is paid.
CREATE VIEW rpt_claim AS
SELECT c.id                                            AS claim_id,
       c.reference                                     AS claim_reference,
       pr.code                                         AS principal_code,
       pr.name                                         AS principal_name,
       pr.party_type                                   AS principal_type,
       c.payee_kind                                    AS payee_kind,
       pv.code                                         AS provider_code,
       COALESCE(pv.name, c.member_name)                AS payee_name,
       c.invoice_ref                                   AS invoice_ref,
       SUBSTR(CAST(c.care_month AS CHAR(10)), 1, 7)    AS care_month,
       c.invoice_received_on                           AS invoice_received_on,
       c.validated_on                                  AS validated_on,
       SUBSTR(CAST(c.validated_on AS CHAR(10)), 1, 7)  AS validated_month,
       c.amount                                        AS amount,
       c.medical_validation                            AS medical_validation,
       c.paid_on                                       AS paid_on
FROM claim c
JOIN party pr ON pr.id = c.principal_party_id
LEFT JOIN party pv ON pv.id = c.provider_party_id;
