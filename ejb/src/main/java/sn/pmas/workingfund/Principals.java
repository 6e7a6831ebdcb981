package sn.pmas.workingfund;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.party.PartyType;

/** Principals are the parties whose money the pool manages: member insurers and delegating schemes. */
public final class Principals {

    private Principals() {
    }

    public static boolean isPrincipal(PartyType type) {
        return type == PartyType.INSURER || type == PartyType.DELEGATING_SCHEME;
    }

    /** The principal's current account: its auxiliary account under 4581 (insurers) or 47121 (schemes). */
    public static String currentAccountCode(Party principal) {
        return principal.type().controlAccountCode() + "." + principal.code();
    }

    public static Party require(EntityManager em, String code) throws LedgerException {
        Party party = em.createQuery("select p from Party p where p.code = :code", Party.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "principal", "Le mandant " + code + " n'existe pas."));
        if (!isPrincipal(party.type())) {
            throw new LedgerException(Rejection.PARTY_UNKNOWN, "principal",
                    code + " n'est pas un mandant (compagnie membre ou usager en délégation de gestion).");
        }
        return party;
    }

    /** The parties of the given ids, by id: the principals of a list of records, in one query. */
    public static Map<Long, Party> byId(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Party p where p.id in :ids", Party.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    public static List<Party> all(EntityManager em) {
        return em.createQuery("select p from Party p where p.type in :types order by p.type, p.code", Party.class)
                .setParameter("types", List.of(PartyType.INSURER, PartyType.DELEGATING_SCHEME))
                .getResultList();
    }
}
