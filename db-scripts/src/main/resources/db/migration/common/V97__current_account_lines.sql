-- PMAS Ledger: the lines of the principals' current accounts (4581.X, 47121.X) as their statements
-- show them, written by the posting transaction beside the journal lines: each with its entry's
-- journal, source and reference and the type of the sub-ledger event that booked it. A statement of
-- 25 000 lines then reads one index range, not its lines and then their entries and SIG events key
-- by key (~95 ms in the database at 10^6 entries: docs/ledger.md). Only lines of entries that move
-- money (the year-end's AN entries and their reversals restate an opening). Insert-only like the
-- lines (V98, per vendor); each row is a journal line (foreign key), and the reconciliation pair
-- statements.current-accounts ties its totals to the ledger.

CREATE TABLE current_account_line (
    account_id        BIGINT       NOT NULL,
    entry_date        DATE         NOT NULL,
    entry_id          BIGINT       NOT NULL,
    line_number       SMALLINT     NOT NULL,
    journal_code      VARCHAR(10)  NOT NULL,
    source            VARCHAR(30)  NOT NULL,
    source_reference  VARCHAR(100) NOT NULL,
    event_type        VARCHAR(30),
    label             VARCHAR(250),
    debit             BIGINT       NOT NULL,
    credit            BIGINT       NOT NULL,
    CONSTRAINT pk_current_account_line PRIMARY KEY (account_id, entry_date, entry_id, line_number),
    CONSTRAINT fk_current_account_line FOREIGN KEY (entry_id, line_number) REFERENCES journal_line (entry_id, line_number)
);

INSERT INTO current_account_line (account_id, entry_date, entry_id, line_number, journal_code, source, source_reference,
                                  event_type, label, debit, credit)
SELECT l.account_id, l.entry_date, l.entry_id, l.line_number, e.journal_code, e.source, e.source_reference,
       (SELECT MAX(s.event_type) FROM sig_event s WHERE s.entry_id = e.id), l.label, l.debit, l.credit
FROM journal_line l
JOIN journal_entry e ON e.id = l.entry_id
JOIN account a ON a.id = l.account_id
JOIN party p ON p.id = a.party_id
WHERE p.party_type IN ('INSURER', 'DELEGATING_SCHEME')
  AND (e.journal_code <> 'AN' OR (e.source <> 'YEAR_END' AND (e.reverses_entry_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM journal_entry restated WHERE restated.id = e.reverses_entry_id AND restated.source = 'YEAR_END'))));
