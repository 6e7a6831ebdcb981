-- PMAS Ledger: fiscal and social obligations paid by the treasury's cheques (docs/obligation-cheques.md). Portable SQL.

-- Who a cheque paying the obligation is made out to: the administration or fund that collects it.
ALTER TABLE tax_obligation ADD COLUMN payee VARCHAR(200);
UPDATE tax_obligation SET payee = 'Direction générale des Impôts et Domaines' WHERE code IN ('RETENUES-SALAIRES', 'BRS-5');
UPDATE tax_obligation SET payee = 'Institution de Prévoyance Retraite du Sénégal (IPRES)' WHERE code = 'IPRES';
UPDATE tax_obligation SET payee = 'Caisse de Sécurité Sociale' WHERE code = 'CSS';

-- Until now cheque_id was typed by hand at pay time and pointed at nothing: only the register's
-- cheques may be linked from here on (the reference typed by hand stays in cheque_reference).
UPDATE tax_occurrence SET cheque_id = NULL WHERE cheque_id IS NOT NULL;

-- The live cheque paying an occurrence: one column, so one live cheque at most per occurrence, and
-- a cheque pays one occurrence at most. Set when the cheque is prepared, cleared when it is voided
-- or goes stale (the occurrence is payable again). A declared return only carries one.
ALTER TABLE tax_occurrence ADD CONSTRAINT fk_tax_occurrence_cheque FOREIGN KEY (cheque_id) REFERENCES cheque (id);
ALTER TABLE tax_occurrence ADD CONSTRAINT uq_tax_occurrence_cheque UNIQUE (cheque_id);
ALTER TABLE tax_occurrence ADD CONSTRAINT ck_tax_occurrence_cheque CHECK (cheque_id IS NULL OR status <> 'TO_DECLARE');

-- Every cheque ever prepared for an occurrence, kept after a void for the audit trail and the
-- reconciliation (a release undone stays a release in the ledger, reversed by its own entry).
CREATE TABLE tax_occurrence_cheque (
    cheque_id      BIGINT NOT NULL REFERENCES cheque (id),
    occurrence_id  BIGINT NOT NULL REFERENCES tax_occurrence (id),
    CONSTRAINT pk_tax_occurrence_cheque PRIMARY KEY (cheque_id)
);
CREATE INDEX ix_tax_occurrence_cheque ON tax_occurrence_cheque (occurrence_id);
