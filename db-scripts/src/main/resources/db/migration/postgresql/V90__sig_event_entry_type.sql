-- PMAS Ledger: a principal's statement shows, on each line, the type of the SIG event that booked
-- its entry. With the type in the index, that is one index read per line, not an index read and a
-- row read; the index replaces V8's on entry_id alone (every reader by entry_id keeps its prefix).

CREATE INDEX ix_sig_event_entry_type ON sig_event (entry_id, event_type);
DROP INDEX ix_sig_event_entry;
