-- PMAS Ledger: the audit trail (docs/audit-trail.md). Portable SQL.

-- Each posted entry's number in its journal and fiscal year, without gaps, and its hash chaining it
-- to the entry numbered before it: SHA-256 of the previous hash and the entry's canonical text.
-- Written once by the sealer, never updated or deleted (guards in V66, per vendor).
CREATE TABLE audit_seal (
    entry_id       BIGINT      NOT NULL PRIMARY KEY REFERENCES journal_entry (id),
    fiscal_year    INTEGER     NOT NULL,
    journal_code   VARCHAR(10) NOT NULL,
    entry_number   BIGINT      NOT NULL,
    previous_hash  CHAR(64)    NOT NULL,
    entry_hash     CHAR(64)    NOT NULL,
    sealed_at      TIMESTAMP   NOT NULL,
    CONSTRAINT uq_audit_seal_number UNIQUE (fiscal_year, journal_code, entry_number),
    CONSTRAINT ck_audit_seal_number CHECK (entry_number > 0)
);

-- The head of each chain: the last number given and its hash, so that sealing reads one row.
CREATE TABLE audit_chain (
    fiscal_year   INTEGER     NOT NULL,
    journal_code  VARCHAR(10) NOT NULL,
    last_number   BIGINT      NOT NULL,
    last_hash     CHAR(64)    NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (fiscal_year, journal_code)
);

-- One row, locked by each sealing transaction (an UPDATE of it) so that two sealers never run at once.
CREATE TABLE audit_sealer (
    id    SMALLINT NOT NULL PRIMARY KEY,
    runs  BIGINT   NOT NULL
);
INSERT INTO audit_sealer (id, runs) VALUES (1, 0);

-- Entries committed and not yet sealed. A trigger (V66) adds each new entry in the transaction that
-- posts it, so the row becomes visible exactly when the entry commits: the sealer reads committed
-- entries only and cannot skip one that commits late with a lower id.
CREATE TABLE audit_pending (
    entry_id  BIGINT NOT NULL PRIMARY KEY
);
INSERT INTO audit_pending (entry_id) SELECT id FROM journal_entry;
