package sn.pmas.yearend;

/** What a confirmation, reopening or allocation left; {@code replayed} when it had been done before (nothing written). */
public record ClosingOutcome(boolean replayed, YearEndStatus status) {
}
