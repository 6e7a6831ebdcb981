-- PMAS Ledger: the claims a cheque pays, found from the cheque (its release pays them, its void frees
-- them: "claim.cheque_id = ?" once per cheque). PostgreSQL does not index a foreign key's column by
-- itself; on Derby this shares the foreign key's own index.
CREATE INDEX ix_claim_cheque ON claim (cheque_id);
