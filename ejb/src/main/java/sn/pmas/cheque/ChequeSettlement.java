package sn.pmas.cheque;

import java.time.LocalDate;

/**
 * Fired (CDI, synchronously, in the step's transaction) when a cheque settles what it was written
 * for — its release — or stops settling it — voided or gone stale. Whoever linked the cheque to
 * something it pays (the fiscal calendar's occurrences) follows it in the same transaction; an
 * observer's refusal rolls the step back.
 *
 * @param on the release date, or the date of the void or of its going stale
 */
public record ChequeSettlement(long chequeId, String reference, Step step, LocalDate on) {

    public enum Step {
        /** Released: what the cheque pays is paid on {@code on}. */
        RELEASED,
        /** Voided or stale: what it paid is owed again. */
        UNDONE
    }
}
