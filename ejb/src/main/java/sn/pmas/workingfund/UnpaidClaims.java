package sn.pmas.workingfund;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import sn.pmas.platform.SqlValues;

/** Claims validated on or before the date and neither paid nor cancelled by then. */
@Stateless
public class UnpaidClaims implements Commitments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf) {
        Map<Long, Long> committed = new HashMap<>();
        if (principalPartyIds.isEmpty()) {
            return committed;
        }
        em.createNativeQuery("SELECT principal_party_id, SUM(amount) FROM claim WHERE principal_party_id IN (?2) "
                        + "AND validated_on <= ?1 AND (paid_on IS NULL OR paid_on > ?1) "
                        + "AND (cancelled_on IS NULL OR cancelled_on > ?1) GROUP BY principal_party_id")
                .setParameter(1, asOf)
                .setParameter(2, principalPartyIds)
                .getResultList()
                .forEach(row -> committed.put(SqlValues.longOf(((Object[]) row)[0]), SqlValues.longOf(((Object[]) row)[1])));
        return committed;
    }
}
