package sn.pmas.audittrail;

import java.time.LocalDate;

/**
 * One row of the grand livre: an account's opening balance ({@code OPENING}), one of its movements
 * ({@code LINE}), or its totals and closing balance ({@code TOTAL}). Balances are signed: positive
 * = debit.
 */
public record GeneralLedgerRow(String kind, String accountCode, String accountName, LocalDate date, String journalCode,
                               Long entryId, String label, long debit, long credit, long balance) {
}
