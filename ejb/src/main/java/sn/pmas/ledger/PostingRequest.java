package sn.pmas.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a sub-ledger or a user asks the ledger to post. {@code source} names the originating
 * system or sub-ledger (e.g. {@code MANUAL}, or a {@link LedgerSource} a sub-ledger owns); together with
 * {@code sourceReference} it is the idempotency key: posting the same request twice returns the
 * first entry.
 */
public record PostingRequest(
        String journalCode,
        LocalDate entryDate,
        String source,
        String sourceReference,
        String description,
        List<PostingLine> lines) {

    public PostingRequest {
        // null elements are kept: the validator names the faulty line instead of failing here
        lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** The same request under {@code owner}'s source: a sub-ledger's entries carry its source, not the caller's. */
    PostingRequest withSource(String owner) {
        return new PostingRequest(journalCode, entryDate, owner, sourceReference, description, lines);
    }
}
