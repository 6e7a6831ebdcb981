package sn.pmas.reconciliation;

import java.time.LocalDate;

/**
 * The first account (in code order) whose register amount and ledger balance differ, and in it
 * the first item (by date) that differs: a register row without its entry, an entry the register
 * does not know, or both with different amounts. The item's fields are absent when none
 * differs alone (never expected: the account's amounts are the items' sums).
 */
public record FirstDifference(String account, long accountRegisterAmount, long accountLedgerAmount,
                              String source, String reference, LocalDate date, Long registerAmount, Long ledgerAmount,
                              String description) {
}
