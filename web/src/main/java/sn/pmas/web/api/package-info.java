/**
 * The REST API (JSON under /api). Every error is {@code application/problem+json} with a stable
 * {@code code} and the offending {@code field} (docs/errors.md); roles are declared per resource.
 */
package sn.pmas.web.api;
