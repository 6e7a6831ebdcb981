package sn.pmas.reconciliation;

import java.time.LocalDate;

/**
 * One register row's effect on a ledger account: the entry that should carry it is the one with
 * this {@code source} and {@code reference} (the idempotency key of the posting), the amount it
 * should move, credit-positive. {@code label} says what the row is, in French.
 */
public record RegisterItem(String source, String reference, LocalDate date, long amount, String label) {
}
