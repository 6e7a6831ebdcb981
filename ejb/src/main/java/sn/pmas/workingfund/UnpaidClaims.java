package sn.pmas.workingfund;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import sn.pmas.claim.ClaimTotals;

/** Claims validated on or before the date and not paid by then, from the claims register's monthly totals. */
@Stateless
public class UnpaidClaims implements Commitments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf) {
        ClaimTotals claims = new ClaimTotals(em);
        Map<Long, Long> committed = claims.validatedUpTo(principalPartyIds, asOf);
        // A claim is paid on or after its validation: what was paid by then was validated by then.
        claims.paidUpTo(principalPartyIds, asOf).forEach((id, paid) -> committed.merge(id, -paid, Long::sum));
        return committed;
    }
}
