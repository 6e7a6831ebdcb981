package sn.pmas.workingfund;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import sn.pmas.claim.ClaimTotals;

/**
 * Claims validated on or before the date and neither paid nor cancelled by then, from the claims
 * register's monthly totals. A claim in a cheque not yet released is still unpaid: it is counted
 * here, once, whatever the treasury does with it.
 */
@Stateless
public class UnpaidClaims implements Commitments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf) {
        return new ClaimTotals(em).outstandingOn(principalPartyIds, asOf);
    }
}
