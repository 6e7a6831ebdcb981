package sn.pmas.sig;

/**
 * What became of one event: booked now, or {@code replayed} because the SIG had sent it before
 * (same reference, same content). {@code entryId} is null for events that post nothing (premium
 * issued, cancelled).
 */
public record EventOutcome(String reference, EventType type, boolean replayed, Long entryId) {
}
