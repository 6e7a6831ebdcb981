package sn.pmas.cheque;

import java.time.LocalDate;
import java.util.List;

/**
 * A cheque about to be written: what the preparation worked out from what is owed.
 *
 * @param payableAccountId the account the release debits (4011.X, 47122, 447…)
 * @param principalPartyId the principal whose claims it pays; null for the pool's own payables
 * @param claimIds         the claims it settles (empty for other payables)
 * @param latestReleaseOn  the convention's payment deadline or the fiscal due date; null when none
 */
record ChequeDraft(ChequeKind kind, String payee, long amount, long payableAccountId, Long principalPartyId,
                   String settles, LocalDate latestReleaseOn, List<Long> claimIds) {

    ChequeDraft {
        claimIds = List.copyOf(claimIds);
    }
}
