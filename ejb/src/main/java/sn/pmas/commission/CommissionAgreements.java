package sn.pmas.commission;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.party.PartyType;
import sn.pmas.platform.DatedVersion;
import sn.pmas.platform.PoolParameters;
import sn.pmas.platform.Roles;

/**
 * The dated commission agreements of subscriber groups doing front-office work and of brokers
 * (docs/commissions.md), each a history of versions like the principals' agreements.
 */
@Stateless
@PermitAll
public class CommissionAgreements {

    static final String DEFAULT_FRONT_OFFICE_RATE = "FRONT_OFFICE_COMMISSION_BP";

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Every version of every agreement of the kind, by party code then latest first. */
    public List<CommissionAgreementView> list(CommissionKind kind) {
        Map<Long, Party> parties = em.createQuery("select p from Party p where p.type = :type", Party.class)
                .setParameter("type", kind.earner()).getResultStream().collect(Collectors.toMap(Party::id, p -> p));
        return all(parties.keySet()).stream()
                .sorted(Comparator.comparing((CommissionAgreement a) -> parties.get(a.partyId()).code()).thenComparing(DatedVersion.LATEST_FIRST))
                .map(a -> a.view(parties.get(a.partyId()).code(), parties.get(a.partyId()).name(), kind)).toList();
    }

    public List<CommissionAgreementView> history(String partyCode) throws LedgerException {
        Party party = earner(partyCode);
        return all(List.of(party.id())).stream().sorted(DatedVersion.LATEST_FIRST)
                .map(a -> a.view(party.code(), party.name(), CommissionKind.earnedBy(party.type()))).toList();
    }

    /**
     * A new version from {@code validFrom} on. The party's row is locked so that two versions of one
     * party are checked one after the other; the unique key (party, valid_from) holds it too.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public CommissionAgreementView record(String partyCode, CommissionTerms terms) throws LedgerException {
        Party party = earner(partyCode);
        CommissionKind kind = CommissionKind.earnedBy(party.type());
        if (terms == null || terms.validFrom() == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "validFrom", "La date d'effet de la convention est obligatoire.");
        }
        BigDecimal rate = terms.rate() == null ? defaultRate(kind, terms.validFrom()) : terms.rate();
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw new LedgerException(Rejection.FIELD_INVALID, "rate",
                    "Le taux s'écrit en fraction entre 0 et 1, 4 décimales au plus (0.07 pour 7 %) (reçu : " + rate + ").");
        }
        if (terms.comment() != null && terms.comment().length() > 500) {
            throw new LedgerException(Rejection.FIELD_INVALID, "comment", "Le commentaire dépasse 500 caractères.");
        }
        em.lock(party, LockModeType.PESSIMISTIC_WRITE);
        if (all(List.of(party.id())).stream().anyMatch(a -> a.validFrom().equals(terms.validFrom()))) {
            throw new LedgerException(Rejection.FIELD_INVALID, "validFrom", "Une version de la convention de " + party.code()
                    + " prend déjà effet le " + terms.validFrom() + " : deux versions ne se chevauchent pas, dater la nouvelle autrement.");
        }
        String lastRun = CommissionRuns.lastConfirmedQuarter(em, kind);
        if (lastRun != null && !terms.validFrom().isAfter(Quarter.parse(lastRun).orElseThrow().lastDay())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "validFrom", "Le trimestre " + lastRun + " est déjà arrêté : une "
                    + "nouvelle version prend effet après le " + Quarter.parse(lastRun).orElseThrow().lastDay() + ".");
        }
        CommissionAgreement agreement = new CommissionAgreement(party.id(),
                new CommissionTerms(terms.validFrom(), rate, terms.comment()), callerName(), clock.instant());
        em.persist(agreement);
        em.flush();
        return agreement.view(party.code(), party.name(), kind);
    }

    /** Each party's rate versions, latest first. */
    public Map<Long, List<RateVersion>> versions(CommissionKind kind) {
        return em.createQuery("select a from CommissionAgreement a, Party p where p.id = a.partyId and p.type = :type",
                        CommissionAgreement.class).setParameter("type", kind.earner()).getResultStream()
                .sorted(DatedVersion.LATEST_FIRST)
                .collect(Collectors.groupingBy(CommissionAgreement::partyId,
                        Collectors.mapping(CommissionAgreement::rateVersion, Collectors.toList())));
    }

    private List<CommissionAgreement> all(java.util.Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from CommissionAgreement a where a.partyId in :ids", CommissionAgreement.class)
                .setParameter("ids", partyIds).getResultList();
    }

    private BigDecimal defaultRate(CommissionKind kind, LocalDate on) throws LedgerException {
        if (kind != CommissionKind.FRONT_OFFICE) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "rate", "Le taux de la commission d'apport d'affaires est obligatoire.");
        }
        return BigDecimal.valueOf(PoolParameters.inForce(em, DEFAULT_FRONT_OFFICE_RATE, on).orElse(700), 4);
    }

    /** A subscriber group or a broker; any other party (a delegating scheme above all) earns no such commission. */
    private Party earner(String partyCode) throws LedgerException {
        if (partyCode == null || partyCode.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "party", "Le tiers (groupe souscripteur ou courtier) est obligatoire.");
        }
        Party party = em.createQuery("select p from Party p where p.code = :code", Party.class)
                .setParameter("code", partyCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "party", partyCode + " n'est pas un tiers connu."));
        if (CommissionKind.earnedBy(party.type()) == null) {
            throw new LedgerException(Rejection.FIELD_INVALID, "party", party.code() + " n'est ni un groupe souscripteur ni un courtier"
                    + (party.type() == PartyType.DELEGATING_SCHEME ? " : un usager en délégation de gestion ne perçoit pas de commission front-office." : "."));
        }
        return party;
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
