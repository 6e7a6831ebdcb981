/**
 * The SYCEBNL financial statements (docs/financial-statements.md): the bilan, the compte de
 * résultat and the tableau des flux de trésorerie of a year with the year before, computed from
 * the ledger through a mapping of account ranges to lines kept as data; their cross-checks; the
 * notes the ledger can fill; the fiscal package (XLSX and PDF), each published issue numbered and
 * kept byte for byte.
 */
package sn.pmas.statements;
