/**
 * Closing a fiscal year (docs/year-end.md): the checks that must pass, the preview of the
 * result, the closing entries (classes 6-8 to the result) and the next year's opening entries
 * (journal AN), the administrator's reopening that reverses them, and the allocation of the
 * result the general assembly approves. Every entry goes through the ledger's posting service
 * under the source {@code YEAR_END}, which only this package books and undoes.
 */
package sn.pmas.yearend;
