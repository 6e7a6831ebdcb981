-- PMAS Ledger: the published issues of the fiscal package (docs/financial-statements.md), kept
-- byte for byte: numbered per year from 1 without gaps, the XLSX and the PDF with their SHA-256.
-- content_sha256 fingerprints the figures: publishing the same figures again answers the issue.
CREATE TABLE fs_issue (
    fiscal_year      INTEGER      NOT NULL REFERENCES fiscal_year (fiscal_year),
    issue_number     INTEGER      NOT NULL,
    mapping_version  INTEGER      NOT NULL REFERENCES fs_mapping_version (version),
    content_sha256   CHAR(64)     NOT NULL,
    published_by     VARCHAR(100) NOT NULL,
    published_at     TIMESTAMP    NOT NULL,
    xlsx             BYTEA         NOT NULL,
    xlsx_sha256      CHAR(64)     NOT NULL,
    pdf              BYTEA         NOT NULL,
    pdf_sha256       CHAR(64)     NOT NULL,
    CONSTRAINT pk_fs_issue PRIMARY KEY (fiscal_year, issue_number),
    CONSTRAINT ck_fs_issue_number CHECK (issue_number >= 1)
);
