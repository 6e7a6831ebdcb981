package sn.pmas.workingfund;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import sn.pmas.platform.SqlValues;

/**
 * A source of money committed for principals: already charged to their current accounts, not yet
 * paid out. The working-fund position adds every source's amounts to show what the pool holds
 * for a principal and what of it is promised: validated claims not yet paid, split between the
 * claims register (claims in no cheque) and the treasury (claims in cheques prepared or held).
 */
public interface Commitments {

    /** Amount committed for each of the principals at the end of {@code asOf}; principals without any may be absent. */
    Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf);

    /**
     * Runs a source's query: {@code sql} selects (principal id, amount) rows, with {@code ?1} the date
     * and {@code ?2} the principals' ids.
     */
    static Map<Long, Long> totals(EntityManager em, String sql, Collection<Long> principalPartyIds, LocalDate asOf) {
        Map<Long, Long> committed = new HashMap<>();
        if (principalPartyIds.isEmpty()) {
            return committed;
        }
        em.createNativeQuery(sql)
                .setParameter(1, asOf)
                .setParameter(2, principalPartyIds)
                .getResultList()
                .forEach(row -> committed.put(SqlValues.longOf(((Object[]) row)[0]), SqlValues.longOf(((Object[]) row)[1])));
        return committed;
    }
}
