-- PMAS Ledger: the SYCEBNL financial statements (docs/financial-statements.md). Portable SQL.

-- The lines of the bilan, the compte de résultat and the TFT in their printed order: nature D
-- shows a debit balance as positive (assets, charges), C a credit balance (liabilities, income);
-- a TOTAL line is the sum of the lines its total_of names (+ and -); treasury marks the lines
-- whose accounts are the cash of the TFT; OPENING_CASH is the TFT's ZA.
CREATE TABLE fs_line (
    statement_kind  VARCHAR(5)   NOT NULL,
    code            CHAR(2)      NOT NULL,
    label           VARCHAR(200) NOT NULL,
    line_order      INTEGER      NOT NULL,
    nature          CHAR(1)      NOT NULL,
    kind            VARCHAR(12)  NOT NULL,
    total_of        VARCHAR(200),
    treasury        BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_fs_line PRIMARY KEY (statement_kind, code),
    CONSTRAINT ck_fs_line_statement CHECK (statement_kind IN ('BILAN', 'CR', 'TFT')),
    CONSTRAINT ck_fs_line_nature CHECK (nature IN ('D', 'C')),
    CONSTRAINT ck_fs_line_kind CHECK (kind IN ('LINE', 'TOTAL', 'OPENING_CASH')),
    CONSTRAINT ck_fs_line_total CHECK ((kind = 'TOTAL' AND total_of IS NOT NULL) OR (kind <> 'TOTAL' AND total_of IS NULL))
);

-- A version of the mapping applies from valid_from_year on, until a later version's year.
CREATE TABLE fs_mapping_version (
    version          INTEGER      NOT NULL PRIMARY KEY,
    valid_from_year  INTEGER      NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    reason           VARCHAR(500) NOT NULL
);

-- Account-code ranges to statement lines: an account belongs to a range when its first
-- LENGTH(account_from) characters lie between account_from and account_to; balance_side DEBIT or
-- CREDIT applies the rule to a balance on that side only (for the TFT: to the counterpart's
-- debits, money out, or credits, money in). BILAN and CR rules together cover classes 1 to 8 once;
-- TFT rules cover every account that is not treasury once.
CREATE TABLE fs_mapping_rule (
    version         INTEGER     NOT NULL REFERENCES fs_mapping_version (version),
    statement_kind  VARCHAR(5)  NOT NULL,
    account_from  VARCHAR(20) NOT NULL,
    account_to    VARCHAR(20) NOT NULL,
    balance_side  VARCHAR(6)  NOT NULL,
    line_code     CHAR(2)     NOT NULL,
    CONSTRAINT pk_fs_mapping_rule PRIMARY KEY (version, statement_kind, account_from, balance_side),
    CONSTRAINT fk_fs_mapping_rule_line FOREIGN KEY (statement_kind, line_code) REFERENCES fs_line (statement_kind, code),
    CONSTRAINT ck_fs_mapping_rule_side CHECK (balance_side IN ('ANY', 'DEBIT', 'CREDIT')),
    CONSTRAINT ck_fs_mapping_rule_range CHECK (LENGTH(account_from) = LENGTH(account_to) AND account_from <= account_to)
);

INSERT INTO fs_mapping_version (version, valid_from_year, recorded_by, recorded_at, reason)
    VALUES (1, 2013, 'migration', CAST('2026-12-01 00:00:00' AS TIMESTAMP), 'Correspondance SYCEBNL initiale (docs/financial-statements.md)');
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AA', 'Immobilisations reçues destinées à la vente et usufruit temporaire', 1, 'D', 'TOTAL', 'AB+AC', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AB', 'Immobilisations incorporelles reçues', 2, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AC', 'Immobilisations corporelles et financières reçues', 3, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AD', 'Immobilisations incorporelles', 4, 'D', 'TOTAL', 'AE+AF+AG', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AE', 'Brevets, licences, logiciels et droits similaires', 5, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AF', 'Autres immobilisations incorporelles', 6, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AG', 'Avances et acomptes versés sur immobilisations incorporelles', 7, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AH', 'Immobilisations corporelles', 8, 'D', 'TOTAL', 'AI+AJ+AK+AL+AM+AN', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AI', 'Terrains', 9, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AJ', 'Bâtiments', 10, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AK', 'Aménagements, agencements et installations', 11, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AL', 'Matériel, mobilier et actifs biologiques', 12, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AM', 'Matériel de transport', 13, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AN', 'Avances et acomptes versés sur immobilisations corporelles', 14, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AO', 'Immobilisations financières', 15, 'D', 'TOTAL', 'AX+AY', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AX', 'Titres de participation', 16, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AY', 'Autres immobilisations financières', 17, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'AZ', 'Total actif immobilisé', 18, 'D', 'TOTAL', 'AA+AD+AH+AO', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BA', 'Actif circulant H.A.O.', 19, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BB', 'Stocks et encours', 20, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BC', 'Fournisseurs débiteurs', 21, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BD', 'Adhérents, clients-usagers', 22, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BE', 'Autres créances', 23, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BT', 'Total actif circulant', 24, 'D', 'TOTAL', 'BA+BB+BC+BD+BE', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BU', 'Titres de placement', 25, 'D', 'LINE', NULL, TRUE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BV', 'Valeurs à encaisser', 26, 'D', 'LINE', NULL, TRUE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BW', 'Banques, établissements financiers, caisses et assimilés', 27, 'D', 'LINE', NULL, TRUE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BX', 'Total trésorerie actif', 28, 'D', 'TOTAL', 'BU+BV+BW', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BY', 'Écart de conversion actif', 29, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'BZ', 'Total général actif', 30, 'D', 'TOTAL', 'AZ+BT+BX+BY', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CA', 'Dotation non consomptible sans droit de reprise', 31, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CB', 'Dotation non consomptible avec droit de reprise', 32, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CC', 'Droit d''entrée', 33, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CD', 'Dotation consomptible', 34, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CE', 'Écarts de réévaluation', 35, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CF', 'Réserves', 36, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CG', 'Report à nouveau (+ ou -)', 37, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CH', 'Résultat net de l''exercice (excédent + ou déficit -)', 38, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CI', 'Subventions d''investissement', 39, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CJ', 'Provisions réglementées', 40, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CK', 'Total fonds propres et assimilés', 41, 'C', 'TOTAL', 'CA+CB+CC+CD+CE+CF+CG+CH+CI+CJ', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CW', 'Fonds affectés et provenant de dons et legs', 42, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CX', 'Fonds reportés', 43, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CY', 'Total fonds affectés et reportés', 44, 'C', 'TOTAL', 'CW+CX', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'CZ', 'Total ressources propres et assimilées', 45, 'C', 'TOTAL', 'CK+CY', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DA', 'Emprunts et dettes financières', 46, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DB', 'Dettes de location-acquisition', 47, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DC', 'Provisions pour risques et charges', 48, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DD', 'Total dettes financières et ressources assimilées', 49, 'C', 'TOTAL', 'DA+DB+DC', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DE', 'Total ressources stables', 50, 'C', 'TOTAL', 'CZ+DD', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DF', 'Dettes circulantes H.A.O.', 51, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DG', 'Adhérents, clients-usagers créditeurs', 52, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DH', 'Fournisseurs', 53, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DI', 'Autres dettes', 54, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DV', 'Total passif circulant', 55, 'C', 'TOTAL', 'DF+DG+DH+DI', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DW', 'Banques, établissements financiers et crédits de trésorerie', 56, 'C', 'LINE', NULL, TRUE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DX', 'Total trésorerie passif', 57, 'C', 'TOTAL', 'DW', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DY', 'Écart de conversion passif', 58, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('BILAN', 'DZ', 'Total général passif', 59, 'C', 'TOTAL', 'DE+DV+DX+DY', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RA', 'Cotisations', 60, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RB', 'Quote-part de fonds et dotations consomptibles transférées', 61, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RC', 'Revenus liés à la générosité', 62, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RD', 'Ventes et revenus des manifestations', 63, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RE', 'Services vendus', 64, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RF', 'Subventions d''exploitation', 65, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RG', 'Autres produits', 66, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'RH', 'Reprises de provisions, dépréciations et fonds', 67, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'XA', 'Produits des activités ordinaires', 68, 'C', 'TOTAL', 'RA+RB+RC+RD+RE+RF+RG+RH', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TA', 'Achats de biens, marchandises et fournitures', 69, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TB', 'Transports', 70, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TC', 'Services extérieurs', 71, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TD', 'Impôts et taxes', 72, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TE', 'Autres charges', 73, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TF', 'Charges de personnel', 74, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TG', 'Frais financiers et charges assimilées', 75, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TH', 'Dotations aux amortissements, provisions et dépréciations', 76, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'XB', 'Charges des activités ordinaires', 77, 'D', 'TOTAL', 'TA+TB+TC+TD+TE+TF+TG+TH', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'XC', 'Résultat des activités ordinaires', 78, 'C', 'TOTAL', 'XA-XB', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TM', 'Produits H.A.O.', 79, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'TN', 'Charges H.A.O.', 80, 'D', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'XD', 'Résultat H.A.O.', 81, 'C', 'TOTAL', 'TM-TN', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('CR', 'XE', 'Résultat net (excédent + ou déficit -)', 82, 'C', 'TOTAL', 'XC+XD', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZA', 'Trésorerie nette au 1er janvier (trésorerie actif N-1 - trésorerie passif N-1)', 83, 'C', 'OPENING_CASH', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FA', 'Encaissement des cotisations', 84, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FB', 'Encaissement des subventions d''exploitation', 85, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FC', 'Encaissement des revenus liés à la générosité', 86, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FD', 'Encaissement des revenus des manifestations', 87, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FE', 'Encaissement des autres revenus et fonds reçus', 88, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FF', 'Décaissement des sommes versées aux fournisseurs', 89, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FG', 'Décaissement des sommes versées au personnel', 90, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FH', 'Autres décaissements', 91, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZB', 'Flux de trésorerie provenant des activités opérationnelles', 92, 'C', 'TOTAL', 'FA+FB+FC+FD+FE+FF+FG+FH', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FI', 'Décaissements liés aux acquisitions d''immobilisations incorporelles et corporelles', 93, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FJ', 'Décaissements liés aux acquisitions d''immobilisations financières', 94, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FK', 'Encaissements liés aux cessions d''immobilisations incorporelles et corporelles', 95, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FL', 'Encaissements liés aux cessions d''immobilisations financières', 96, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZC', 'Flux de trésorerie provenant des activités d''investissement', 97, 'C', 'TOTAL', 'FI+FJ+FK+FL', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FM', 'Encaissement des dotations et autres fonds propres', 98, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FN', 'Subventions d''investissement reçues', 99, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FO', 'Décaissement des dotations et autres fonds propres', 100, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZD', 'Flux de trésorerie provenant des fonds propres', 101, 'C', 'TOTAL', 'FM+FN+FO', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FP', 'Encaissements provenant des emprunts et autres dettes financières', 102, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'FQ', 'Remboursements des emprunts et autres dettes financières', 103, 'C', 'LINE', NULL, FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZE', 'Flux de trésorerie provenant des fonds étrangers', 104, 'C', 'TOTAL', 'FP+FQ', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZF', 'Flux de trésorerie provenant des activités de financement', 105, 'C', 'TOTAL', 'ZD+ZE', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZG', 'Variation de la trésorerie nette de la période', 106, 'C', 'TOTAL', 'ZB+ZC+ZF', FALSE);
INSERT INTO fs_line (statement_kind, code, label, line_order, nature, kind, total_of, treasury) VALUES ('TFT', 'ZH', 'Trésorerie nette au 31 décembre', 107, 'C', 'TOTAL', 'ZA+ZG', FALSE);
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '101', '101', 'ANY', 'CA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '102', '102', 'ANY', 'CB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '103', '103', 'ANY', 'CC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '104', '105', 'ANY', 'CD');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '106', '109', 'ANY', 'CE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '110', '119', 'ANY', 'CF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '120', '129', 'ANY', 'CG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '130', '139', 'ANY', 'CH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '140', '149', 'ANY', 'CI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '150', '159', 'ANY', 'CJ');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '160', '169', 'ANY', 'CW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '170', '179', 'ANY', 'CX');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '180', '186', 'ANY', 'DA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '187', '187', 'ANY', 'DB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '188', '189', 'ANY', 'DA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '190', '199', 'ANY', 'DC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '200', '201', 'ANY', 'AB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '202', '209', 'ANY', 'AC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '210', '217', 'ANY', 'AE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '218', '219', 'ANY', 'AF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '220', '229', 'ANY', 'AI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '230', '233', 'ANY', 'AJ');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '234', '239', 'ANY', 'AK');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '240', '244', 'ANY', 'AL');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '245', '245', 'ANY', 'AM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '246', '249', 'ANY', 'AL');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '250', '251', 'ANY', 'AG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '252', '259', 'ANY', 'AN');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '260', '269', 'ANY', 'AX');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '270', '279', 'ANY', 'AY');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '280', '281', 'ANY', 'AE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '282', '282', 'ANY', 'AI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '283', '283', 'ANY', 'AJ');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '284', '289', 'ANY', 'AL');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '290', '291', 'ANY', 'AE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '292', '292', 'ANY', 'AI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '293', '293', 'ANY', 'AJ');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '294', '295', 'ANY', 'AL');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '296', '296', 'ANY', 'AX');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '297', '299', 'ANY', 'AY');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '300', '399', 'ANY', 'BB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '400', '409', 'DEBIT', 'BC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '400', '409', 'CREDIT', 'DH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '410', '419', 'DEBIT', 'BD');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '410', '419', 'CREDIT', 'DG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '420', '477', 'DEBIT', 'BE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '420', '477', 'CREDIT', 'DI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '478', '478', 'ANY', 'BY');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '479', '479', 'ANY', 'DY');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '480', '489', 'DEBIT', 'BA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '480', '489', 'CREDIT', 'DF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '490', '490', 'ANY', 'BC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '491', '491', 'ANY', 'BD');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '492', '497', 'ANY', 'BE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '498', '499', 'ANY', 'BA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '500', '509', 'ANY', 'BU');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '510', '519', 'ANY', 'BV');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '520', '559', 'DEBIT', 'BW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '520', '559', 'CREDIT', 'DW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '560', '569', 'ANY', 'DW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '570', '579', 'DEBIT', 'BW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '570', '579', 'CREDIT', 'DW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '580', '589', 'DEBIT', 'BE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '580', '589', 'CREDIT', 'DI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '590', '590', 'ANY', 'BU');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '591', '591', 'ANY', 'BV');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '592', '598', 'ANY', 'BW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'BILAN', '599', '599', 'ANY', 'DW');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '600', '609', 'ANY', 'TA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '610', '619', 'ANY', 'TB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '620', '639', 'ANY', 'TC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '640', '649', 'ANY', 'TD');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '650', '659', 'ANY', 'TE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '660', '669', 'ANY', 'TF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '670', '679', 'ANY', 'TG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '680', '699', 'ANY', 'TH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '700', '701', 'ANY', 'RA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '702', '703', 'ANY', 'RB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '704', '704', 'ANY', 'RC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '705', '705', 'ANY', 'RE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '706', '707', 'ANY', 'RD');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '708', '709', 'ANY', 'RG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '710', '719', 'ANY', 'RF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '720', '751', 'ANY', 'RG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '752', '752', 'ANY', 'RC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '753', '753', 'ANY', 'RG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '754', '754', 'ANY', 'RC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '755', '789', 'ANY', 'RG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '790', '799', 'ANY', 'RH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '800', '819', 'ANY', 'TN');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '820', '829', 'ANY', 'TM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '830', '839', 'ANY', 'TN');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '840', '849', 'ANY', 'TM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '850', '859', 'ANY', 'TN');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '860', '869', 'ANY', 'TM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '87', '87', 'ANY', 'TN');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'CR', '880', '889', 'ANY', 'TM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '100', '139', 'CREDIT', 'FM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '100', '139', 'DEBIT', 'FO');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '140', '149', 'CREDIT', 'FN');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '140', '149', 'DEBIT', 'FO');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '150', '179', 'CREDIT', 'FM');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '150', '179', 'DEBIT', 'FO');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '180', '189', 'CREDIT', 'FP');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '180', '189', 'DEBIT', 'FQ');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '190', '199', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '190', '199', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '200', '259', 'CREDIT', 'FK');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '200', '259', 'DEBIT', 'FI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '260', '279', 'CREDIT', 'FL');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '260', '279', 'DEBIT', 'FJ');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '280', '299', 'CREDIT', 'FK');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '280', '299', 'DEBIT', 'FI');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '300', '409', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '300', '409', 'DEBIT', 'FF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '410', '419', 'CREDIT', 'FA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '410', '419', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '420', '439', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '420', '439', 'DEBIT', 'FG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '440', '499', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '440', '499', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '580', '589', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '580', '589', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '600', '639', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '600', '639', 'DEBIT', 'FF');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '640', '659', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '640', '659', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '660', '669', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '660', '669', 'DEBIT', 'FG');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '670', '699', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '670', '699', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '700', '701', 'CREDIT', 'FA');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '702', '703', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '704', '704', 'CREDIT', 'FC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '705', '705', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '706', '706', 'CREDIT', 'FD');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '707', '709', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '710', '719', 'CREDIT', 'FB');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '720', '751', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '752', '752', 'CREDIT', 'FC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '753', '753', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '754', '754', 'CREDIT', 'FC');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '755', '819', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '700', '819', 'DEBIT', 'FH');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '820', '829', 'CREDIT', 'FK');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '830', '889', 'CREDIT', 'FE');
INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) VALUES (1, 'TFT', '820', '889', 'DEBIT', 'FH');
