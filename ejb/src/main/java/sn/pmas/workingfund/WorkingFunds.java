package sn.pmas.workingfund;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.pmas.ledger.FiscalPeriod;
import sn.pmas.ledger.LedgerException;
import sn.pmas.party.Party;
import sn.pmas.platform.SqlValues;

/** Where each principal's working fund stands: balance, commitments, available funds, days of cover. */
@Stateless
public class WorkingFunds {

    @PersistenceContext
    private EntityManager em;
    @Inject
    @Any
    private Instance<Commitments> commitments;
    @Inject
    private Agreements agreements;

    /** Every active principal, insurers first. */
    public List<FundsPosition> positions(LocalDate asOf) {
        return positionsOf(Principals.all(em).stream().filter(Party::active).toList(), asOf);
    }

    public FundsPosition position(String principalCode, LocalDate asOf) throws LedgerException {
        return positionsOf(List.of(Principals.require(em, principalCode)), asOf).get(0);
    }

    List<FundsPosition> positionsOf(List<Party> principals, LocalDate asOf) {
        List<Long> ids = principals.stream().map(Party::id).toList();
        Map<Long, Long> balances = currentAccountBalances(ids, asOf);
        Map<Long, Long> committed = new HashMap<>();
        commitments.forEach(source -> source.committedOn(ids, asOf).forEach((id, amount) -> committed.merge(id, amount, Long::sum)));
        Map<Long, Long> recentClaims = claimsValidated(ids, asOf.minusDays(CoverRule.WINDOW_DAYS), asOf);
        Map<Long, List<PrincipalAgreement>> versions = agreements.versions(ids);
        return principals.stream().map(principal -> {
            long balance = balances.getOrDefault(principal.id(), 0L);
            long commitment = committed.getOrDefault(principal.id(), 0L);
            long average = CoverRule.averageDailyClaims(recentClaims.getOrDefault(principal.id(), 0L));
            Integer days = CoverRule.daysOfCover(balance, average);
            Optional<PrincipalAgreement> agreement = Agreements.inForce(versions.getOrDefault(principal.id(), List.of()), asOf);
            Long target = agreement.map(PrincipalAgreement::targetLevel).orElse(null);
            Long floorAmount = agreement.map(PrincipalAgreement::floorAmount).orElse(null);
            Integer floorDays = agreement.map(PrincipalAgreement::floorDays).orElse(null);
            return new FundsPosition(principal.code(), principal.name(), principal.type().name(),
                    Principals.currentAccountCode(principal), asOf, balance, balance + commitment, commitment, balance,
                    average, days, target, floorAmount, floorDays,
                    CoverRule.belowFloor(balance, days, floorAmount, floorDays), CoverRule.proposedCall(balance, target));
        }).toList();
    }

    /**
     * Credit balance (in the principal's favour) of each principal's current account at the end of
     * {@code asOf}, or over every posting when {@code asOf} is null: what the principal's funds can
     * still pay, whatever the dates of the entries already booked.
     */
    public Map<Long, Long> currentAccountBalances(Collection<Long> partyIds, LocalDate asOf) {
        Map<Long, Long> balances = new HashMap<>();
        if (partyIds.isEmpty()) {
            return balances;
        }
        int firstOpenPeriod = asOf == null ? Integer.MAX_VALUE : FiscalPeriod.idOf(YearMonth.from(asOf));
        em.createNativeQuery("SELECT a.party_id, SUM(b.credit_total), SUM(b.debit_total) FROM account_period_balance b "
                        + "JOIN account a ON a.id = b.account_id WHERE a.party_id IN (?1) AND b.period_id < ?2 GROUP BY a.party_id")
                .setParameter(1, partyIds)
                .setParameter(2, firstOpenPeriod)
                .getResultList()
                .forEach(row -> add(balances, (Object[]) row));
        if (asOf != null) {
            em.createNativeQuery("SELECT a.party_id, SUM(l.credit), SUM(l.debit) FROM journal_line l "
                            + "JOIN account a ON a.id = l.account_id WHERE a.party_id IN (?1) "
                            + "AND l.entry_date >= ?2 AND l.entry_date <= ?3 GROUP BY a.party_id")
                    .setParameter(1, partyIds)
                    .setParameter(2, asOf.withDayOfMonth(1))
                    .setParameter(3, asOf)
                    .getResultList()
                    .forEach(row -> add(balances, (Object[]) row));
        }
        return balances;
    }

    /** Claims validated in the window and not cancelled by its end; read through the (principal, validation date) index. */
    private Map<Long, Long> claimsValidated(Collection<Long> partyIds, LocalDate after, LocalDate upTo) {
        Map<Long, Long> totals = new HashMap<>();
        if (partyIds.isEmpty()) {
            return totals;
        }
        em.createNativeQuery("SELECT principal_party_id, SUM(amount) FROM claim WHERE principal_party_id IN (?3) "
                        + "AND validated_on > ?1 AND validated_on <= ?2 AND (cancelled_on IS NULL OR cancelled_on > ?2) "
                        + "GROUP BY principal_party_id")
                .setParameter(1, after)
                .setParameter(2, upTo)
                .setParameter(3, partyIds)
                .getResultList()
                .forEach(row -> totals.put(SqlValues.longOf(((Object[]) row)[0]), SqlValues.longOf(((Object[]) row)[1])));
        return totals;
    }

    private static void add(Map<Long, Long> balances, Object[] row) {
        balances.merge(SqlValues.longOf(row[0]), SqlValues.longOf(row[1]) - SqlValues.longOf(row[2]), Long::sum);
    }
}
