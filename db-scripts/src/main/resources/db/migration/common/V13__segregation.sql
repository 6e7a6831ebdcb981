-- One rule on every path into the ledger (docs/working-funds.md, docs/ledger.md). Portable SQL.

-- An entry an administrator forced beyond a principal's available funds: what it lacked on which
-- current account, who forced it, when and why. Written with the entry, never changed.
CREATE TABLE funds_override (
    entry_id    BIGINT       NOT NULL REFERENCES journal_entry (id),
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    shortfall   BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    forced_by   VARCHAR(100) NOT NULL,
    forced_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (entry_id, account_id),
    CONSTRAINT ck_override_shortfall CHECK (shortfall > 0)
);

-- The forced-payment alert names the entry it warns of (and the claim, when the SIG booked it).
ALTER TABLE principal_alert ADD COLUMN entry_id BIGINT;
ALTER TABLE principal_alert ADD CONSTRAINT fk_alert_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id);

-- A validated claim withdrawn before payment (SIG event CLAIM_CANCELLED): never both paid and cancelled.
ALTER TABLE claim ADD COLUMN cancelled_on DATE;
ALTER TABLE claim ADD COLUMN cancellation_reference VARCHAR(60);
ALTER TABLE claim ADD CONSTRAINT ck_claim_paid_or_cancelled CHECK (paid_on IS NULL OR cancelled_on IS NULL);

ALTER TABLE sig_event DROP CONSTRAINT ck_sig_event_type;
ALTER TABLE sig_event ADD CONSTRAINT ck_sig_event_type CHECK (event_type IN ('PREMIUM_ISSUED', 'PREMIUM_COLLECTED',
    'PREMIUM_CANCELLED', 'PREMIUM_REFUNDED', 'CLAIM_VALIDATED', 'CLAIM_CANCELLED', 'CLAIM_PAID', 'FUNDS_RECEIVED',
    'OPERATING_EXPENSE'));
