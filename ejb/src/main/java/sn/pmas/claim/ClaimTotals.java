package sn.pmas.claim;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import sn.pmas.ledger.FiscalPeriod;
import sn.pmas.platform.SqlValues;

/**
 * Claims validated, paid and cancelled per principal and month (table {@code principal_claim_month}),
 * maintained where the register is written: what a submission adds is applied once, in
 * (principal, month) order, under the lock each submission takes on its principals (so one
 * transaction at a time creates a principal's month row). Readers add whole
 * months from these rows and the claims of the days of a partial month, so what a working-fund
 * position costs does not grow with the number of claims in the register.
 */
public final class ClaimTotals {

    private record Key(long principalPartyId, int month) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byPrincipal = Long.compare(principalPartyId, other.principalPartyId);
            return byPrincipal != 0 ? byPrincipal : Integer.compare(month, other.month);
        }
    }

    private final EntityManager em;
    private final Map<Key, long[]> deltas = new TreeMap<>();

    public ClaimTotals(EntityManager em) {
        this.em = em;
    }

    public void validated(Claim claim) {
        delta(claim.principalPartyId(), claim.validatedOn())[0] += claim.amount();
    }

    /** Paid, by the SIG or by the release of its cheque. */
    public void paid(Claim claim) {
        delta(claim.principalPartyId(), claim.paidOn())[1] += claim.amount();
    }

    /** Its cheque's release was undone (cheque voided or stale): to call before the claim forgets its payment date. */
    public void paymentUndone(Claim claim) {
        delta(claim.principalPartyId(), claim.paidOn())[1] -= claim.amount();
    }

    public void cancelled(Claim claim) {
        delta(claim.principalPartyId(), claim.cancelledOn())[2] += claim.amount();
    }

    /** Writes what was added since the last call. */
    public void apply() {
        deltas.forEach((key, delta) -> {
            int updated = em.createNativeQuery("UPDATE principal_claim_month SET validated_total = validated_total + ?1, "
                            + "paid_total = paid_total + ?2, cancelled_total = cancelled_total + ?5 WHERE principal_party_id = ?3 AND claim_month = ?4")
                    .setParameter(1, delta[0]).setParameter(2, delta[1]).setParameter(3, key.principalPartyId()).setParameter(4, key.month())
                    .setParameter(5, delta[2])
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO principal_claim_month (principal_party_id, claim_month, validated_total, paid_total, cancelled_total) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, key.principalPartyId()).setParameter(2, key.month()).setParameter(3, delta[0]).setParameter(4, delta[1])
                        .setParameter(5, delta[2])
                        .executeUpdate();
            }
        });
        deltas.clear();
    }

    private long[] delta(long principalPartyId, LocalDate on) {
        return deltas.computeIfAbsent(new Key(principalPartyId, FiscalPeriod.idOf(YearMonth.from(on))), key -> new long[3]);
    }

    /** Claims validated up to the end of {@code upTo}, per principal. */
    public Map<Long, Long> validatedUpTo(Collection<Long> principalPartyIds, LocalDate upTo) {
        return upTo(principalPartyIds, upTo, "validated_total", "validated_on");
    }

    /** Claims paid up to the end of {@code upTo}, per principal. */
    public Map<Long, Long> paidUpTo(Collection<Long> principalPartyIds, LocalDate upTo) {
        return upTo(principalPartyIds, upTo, "paid_total", "paid_on");
    }

    /** Claims cancelled up to the end of {@code upTo}, per principal. */
    public Map<Long, Long> cancelledUpTo(Collection<Long> principalPartyIds, LocalDate upTo) {
        return upTo(principalPartyIds, upTo, "cancelled_total", "cancelled_on");
    }

    /** Claims validated and neither paid nor cancelled at the end of {@code asOf}: what a principal has committed. */
    public Map<Long, Long> outstandingOn(Collection<Long> principalPartyIds, LocalDate asOf) {
        Map<Long, Long> outstanding = validatedUpTo(principalPartyIds, asOf);
        // a claim is paid or cancelled on or after its validation: what left by then was validated by then
        paidUpTo(principalPartyIds, asOf).forEach((id, paid) -> outstanding.merge(id, -paid, Long::sum));
        cancelledUpTo(principalPartyIds, asOf).forEach((id, cancelled) -> outstanding.merge(id, -cancelled, Long::sum));
        return outstanding;
    }

    private Map<Long, Long> upTo(Collection<Long> principalPartyIds, LocalDate upTo, String monthColumn, String dateColumn) {
        Map<Long, Long> totals = new HashMap<>();
        if (principalPartyIds.isEmpty()) {
            return totals;
        }
        YearMonth month = YearMonth.from(upTo);
        boolean wholeMonth = upTo.equals(month.atEndOfMonth());
        em.createNativeQuery("SELECT principal_party_id, SUM(" + monthColumn + ") FROM principal_claim_month "
                        + "WHERE principal_party_id IN (:principals) AND claim_month < :month GROUP BY principal_party_id")
                .setParameter("principals", principalPartyIds)
                .setParameter("month", FiscalPeriod.idOf(wholeMonth ? month.plusMonths(1) : month))
                .getResultList()
                .forEach(row -> add(totals, (Object[]) row));
        if (!wholeMonth) {
            em.createNativeQuery("SELECT principal_party_id, SUM(amount) FROM claim WHERE principal_party_id IN (:principals) "
                            + "AND " + dateColumn + " >= :first AND " + dateColumn + " <= :last GROUP BY principal_party_id")
                    .setParameter("principals", principalPartyIds)
                    .setParameter("first", month.atDay(1))
                    .setParameter("last", upTo)
                    .getResultList()
                    .forEach(row -> add(totals, (Object[]) row));
        }
        return totals;
    }

    private static void add(Map<Long, Long> totals, Object[] row) {
        totals.merge(SqlValues.longOf(row[0]), SqlValues.longOf(row[1]), Long::sum);
    }
}
