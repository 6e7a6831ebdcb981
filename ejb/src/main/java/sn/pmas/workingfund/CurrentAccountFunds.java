package sn.pmas.workingfund;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.ForcedPosting;
import sn.pmas.ledger.FundsGuard;
import sn.pmas.ledger.PrincipalFunds;
import sn.pmas.party.Party;
import sn.pmas.platform.SqlValues;
import sn.pmas.platform.Roles;

/**
 * The working funds' answer to the ledger's funds check: which accounts are principals' current
 * accounts and what each principal has available (its current-account balance: docs/working-funds.md).
 */
@Stateless
@PermitAll
public class CurrentAccountFunds implements FundsGuard {

    /** Keeps IN lists well under every database's limit on bind parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private WorkingFunds workingFunds;
    @EJB
    private Alerts alerts;

    @Override
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Map<Long, PrincipalFunds> lockFunds(Collection<Long> accountIds) {
        Map<Long, Long> partyOfAccount = new HashMap<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createNativeQuery("SELECT id, party_id FROM account WHERE party_id IS NOT NULL AND id IN (?1)")
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(row -> partyOfAccount.put(SqlValues.longOf(((Object[]) row)[0]), SqlValues.longOf(((Object[]) row)[1])));
        }
        Map<Long, Party> parties = Principals.byId(em, partyOfAccount.values().stream().distinct().toList());
        Map<Long, Party> principals = new HashMap<>();
        partyOfAccount.forEach((accountId, partyId) -> {
            Party party = parties.get(partyId);
            if (Principals.isPrincipal(party.type())) {
                principals.put(accountId, party);
            }
        });
        if (principals.isEmpty()) {
            return Map.of();
        }
        List<Party> locked = new ArrayList<>(principals.values().stream().distinct().toList());
        locked.sort(Comparator.comparing(Party::id));
        // in id order, as the SIG's ingestion does: two requests on the same principals cannot deadlock
        locked.forEach(principal -> em.lock(principal, LockModeType.PESSIMISTIC_WRITE));
        Map<Long, Long> balances = workingFunds.currentAccountBalances(locked.stream().map(Party::id).toList(), null);
        Map<Long, PrincipalFunds> funds = new HashMap<>();
        principals.forEach((accountId, principal) -> funds.put(accountId,
                new PrincipalFunds(principal.id(), principal.code(), balances.getOrDefault(principal.id(), 0L))));
        return funds;
    }

    @Override
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void forced(ForcedPosting posting) {
        alerts.raiseForced(posting);
    }
}
