package sn.pmas.workingfund;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Claims validated on or before the date and neither paid nor cancelled by then, except those then
 * in a cheque not yet released: the treasury counts those ({@code sn.pmas.cheque.HeldClaimCheques}).
 */
@Stateless
public class UnpaidClaims implements Commitments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf) {
        return Commitments.totals(em, "SELECT principal_party_id, SUM(amount) FROM claim WHERE principal_party_id IN (?2) "
                + "AND validated_on <= ?1 AND (paid_on IS NULL OR paid_on > ?1) AND (cancelled_on IS NULL OR cancelled_on > ?1) "
                + "AND NOT EXISTS (SELECT 1 FROM cheque_claim cc "
                + "JOIN cheque q ON q.id = cc.cheque_id WHERE cc.claim_id = claim.id AND q.prepared_on <= ?1 "
                + "AND (q.released_on IS NULL OR q.released_on > ?1) AND (q.ended_on IS NULL OR q.ended_on > ?1)) "
                + "GROUP BY principal_party_id", principalPartyIds, asOf);
    }
}
