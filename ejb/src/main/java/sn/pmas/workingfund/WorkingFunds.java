package sn.pmas.workingfund;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.pmas.claim.ClaimTotals;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
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
        Map<Long, Long> partyOfAccount = new HashMap<>();
        em.createNativeQuery("SELECT id, party_id FROM account WHERE party_id IN (?1)")
                .setParameter(1, partyIds)
                .getResultList()
                .forEach(row -> partyOfAccount.put(SqlValues.longOf(((Object[]) row)[0]), SqlValues.longOf(((Object[]) row)[1])));
        new LedgerTotals(em).balancesAt(partyOfAccount.keySet(), asOf)
                .forEach((accountId, totals) -> balances.merge(partyOfAccount.get(accountId), totals.creditBalance(), Long::sum));
        return balances;
    }

    /**
     * Claims validated after {@code after} up to the end of {@code upTo}, less the claims cancelled
     * in that window, from the register's monthly totals (a claim cancelled in the window that was
     * validated before it lowers the figure too: the rate of spending, not a list of claims).
     */
    private Map<Long, Long> claimsValidated(Collection<Long> partyIds, LocalDate after, LocalDate upTo) {
        ClaimTotals claims = new ClaimTotals(em);
        Map<Long, Long> totals = claims.validatedUpTo(partyIds, upTo);
        claims.validatedUpTo(partyIds, after).forEach((id, before) -> totals.merge(id, -before, Long::sum));
        claims.cancelledUpTo(partyIds, upTo).forEach((id, cancelled) -> totals.merge(id, -cancelled, Long::sum));
        claims.cancelledUpTo(partyIds, after).forEach((id, before) -> totals.merge(id, before, Long::sum));
        return totals;
    }
}
