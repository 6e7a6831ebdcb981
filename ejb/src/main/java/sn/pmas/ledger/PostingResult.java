package sn.pmas.ledger;

/** The entry a request ended in; {@code replayed} when the request had been posted before. */
public record PostingResult(long entryId, boolean replayed) {
}
