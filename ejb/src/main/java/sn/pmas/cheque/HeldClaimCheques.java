package sn.pmas.cheque;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import sn.pmas.workingfund.Commitments;

/**
 * A principal's claims written into cheques not yet released (prepared or held) on a date: its
 * commitments the treasury holds. The claims register counts the claims outside such cheques, so
 * the two never count a claim twice.
 */
@Stateless
public class HeldClaimCheques implements Commitments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf) {
        return Commitments.totals(em, "SELECT principal_party_id, SUM(amount) FROM cheque WHERE principal_party_id IN (?2) "
                + "AND prepared_on <= ?1 AND (released_on IS NULL OR released_on > ?1) AND (ended_on IS NULL OR ended_on > ?1) "
                + "GROUP BY principal_party_id", principalPartyIds, asOf);
    }
}
