/**
 * The audit trail (docs/audit-trail.md): every posted entry sealed with its number in its journal
 * and fiscal year, without gaps, and a SHA-256 hash chaining it to the entry numbered before it;
 * the verification of a year's chains; the year's journal as one flat file (FEC spirit) that
 * carries the hashes, so that an auditor re-computes them with standard tools. Reads only the
 * ledger's tables; writes only its own, append-only.
 */
package sn.pmas.audittrail;
