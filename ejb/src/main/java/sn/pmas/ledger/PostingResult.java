package sn.pmas.ledger;

/**
 * The entry a request ended in; {@code replayed} when the request had been posted before,
 * {@code forced} when an administrator took a principal's funds below zero with it.
 */
public record PostingResult(long entryId, boolean replayed, boolean forced) {

    public PostingResult(long entryId, boolean replayed) {
        this(entryId, replayed, false);
    }
}
