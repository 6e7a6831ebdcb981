-- PMAS Ledger: a principal's statement shows, on each line, the type of the SIG event that booked
-- its entry. With the type in the index, that is one index read per line, not an index read and a
-- row read. (V8's index on entry_id alone was never created on Derby: the foreign key's backing
-- index already covers it.)

CREATE INDEX ix_sig_event_entry_type ON sig_event (entry_id, event_type);
