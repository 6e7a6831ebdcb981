package sn.pmas.ledger;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a sub-ledger or a user asks the ledger to post. {@code source} names the originating
 * system or sub-ledger (e.g. {@code MANUAL}, or a {@link LedgerSource} a sub-ledger owns); together with
 * {@code sourceReference} it is the idempotency key: posting the same request twice returns the
 * first entry. {@code eventType} is the type of the sub-ledger event that books the entry (a SIG
 * event's: {@code CLAIM_VALIDATED}), shown on the principals' statements; a sub-ledger gives it, a
 * manual entry does not.
 */
public record PostingRequest(
        String journalCode,
        LocalDate entryDate,
        String source,
        String sourceReference,
        String description,
        List<PostingLine> lines,
        String eventType) {

    /** The one JSON-B binds a request body to: an absent {@code eventType} is null. */
    @JsonbCreator
    public PostingRequest {
        // null elements are kept: the validator names the faulty line instead of failing here
        lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** A request that no sub-ledger event books. */
    public PostingRequest(String journalCode, LocalDate entryDate, String source, String sourceReference, String description,
                          List<PostingLine> lines) {
        this(journalCode, entryDate, source, sourceReference, description, lines, null);
    }

    /** The same request, booked by the sub-ledger event {@code type}. */
    public PostingRequest withEventType(String type) {
        return new PostingRequest(journalCode, entryDate, source, sourceReference, description, lines, type);
    }

    /** The same request under {@code owner}'s source: a sub-ledger's entries carry its source, not the caller's. */
    PostingRequest withSource(String owner) {
        return new PostingRequest(journalCode, entryDate, owner, sourceReference, description, lines, eventType);
    }
}
