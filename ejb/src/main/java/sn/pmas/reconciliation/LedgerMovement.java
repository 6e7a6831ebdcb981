package sn.pmas.reconciliation;

import java.time.LocalDate;

/** What one entry moved on an account, credit-positive, with the entry's key and description. */
record LedgerMovement(String source, String reference, LocalDate date, long amount, String description) {
}
