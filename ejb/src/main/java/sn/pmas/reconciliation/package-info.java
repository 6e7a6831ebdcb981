/**
 * Sub-ledgers reconciled with the general ledger (docs/reconciliation.md): for each register a
 * sub-ledger keeps, its total at a date against the balance of its control account(s), read
 * independently — the register from its own tables, the ledger from journal lines — so that the
 * check can fail. Sub-ledgers plug in by implementing {@link sn.pmas.reconciliation.ReconciledRegister}
 * as a CDI bean; this package knows none of them.
 */
package sn.pmas.reconciliation;
