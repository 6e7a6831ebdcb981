package sn.pmas.ledger;

import java.util.List;

/** A posting request that passed every rule and can be written as it is. */
public record ValidatedPosting(PostingRequest request, int periodId, List<ValidatedLine> lines, long total,
                               String contentHash) {
}
