package sn.pmas.workingfund;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sn.pmas.ledger.ForcedPosting;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.Francs;
import sn.pmas.platform.Roles;

/**
 * Alerts on principals' working funds: raised by the booking of events, then acknowledged and
 * resolved by accountants. A below-floor alert is raised once while the fund stays below its
 * floor, and resolved by itself when funds bring it back above.
 */
@Stateless
@PermitAll
public class Alerts {
    private static final int MAX_LISTED = 1_000;
    private static final int MAX_MESSAGE = 500;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The latest alerts first, of one state or all. */
    public List<AlertView> list(AlertState state) {
        List<Alert> alerts = em.createQuery("select a from Alert a where (:state is null or a.state = :state) "
                        + "order by a.raisedAt desc, a.id desc", Alert.class)
                .setParameter("state", state)
                .setMaxResults(MAX_LISTED)
                .getResultList();
        Map<Long, String> principals = codes(alerts.stream().map(Alert::principalPartyId).collect(Collectors.toSet()));
        Map<Long, String> claims = claimReferences(alerts.stream().map(Alert::claimId).filter(id -> id != null).toList());
        return alerts.stream().map(alert -> view(alert, principals, claims)).toList();
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public AlertView acknowledge(long id, String comment) throws LedgerException {
        Alert alert = find(id);
        if (!alert.acknowledge(caller(), clock.instant(), trimmed(comment))) {
            throw new LedgerException(Rejection.ALERT_STATE, "id", "L'alerte n° " + id + " est déjà " + french(alert.state()) + ".");
        }
        return single(alert);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public AlertView resolve(long id, String comment) throws LedgerException {
        Alert alert = find(id);
        if (!alert.resolve(caller(), clock.instant(), trimmed(comment))) {
            throw new LedgerException(Rejection.ALERT_STATE, "id", "L'alerte n° " + id + " est déjà résolue.");
        }
        return single(alert);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void raise(long principalPartyId, AlertType type, LocalDate on, long amount, String message, Long claimId) {
        em.persist(new Alert(principalPartyId, type, on, clock.instant(), amount, message, claimId, null));
    }

    /** Warns that an administrator forced an entry beyond a principal's funds (who, why, what it lacked). */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void raiseForced(ForcedPosting posting) {
        String message = "Écriture n° " + posting.entryId() + " (" + posting.source() + " " + posting.sourceReference()
                        + ") passée au-delà des fonds disponibles de " + posting.principalCode() + " (manque "
                        + Francs.amount(posting.shortfall()) + "), forcée par " + posting.forcedBy() + " : " + posting.reason();
        em.persist(new Alert(posting.principalPartyId(), AlertType.FORCED_PAYMENT, posting.entryDate(), clock.instant(),
                posting.shortfall(), message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message,
                null, posting.entryId()));
    }

    /** Ties the forced-payment alert of an entry to the claim that entry booked. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void concernsClaim(long entryId, long claimId) {
        em.createQuery("select a from Alert a where a.entryId = :entry and a.type = :type", Alert.class)
                .setParameter("entry", entryId)
                .setParameter("type", AlertType.FORCED_PAYMENT)
                .getResultList()
                .forEach(alert -> alert.concerns(claimId));
    }

    /** Raises a below-floor alert unless one is still pending, or resolves pending ones once the fund is back above. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void reviewFloor(long principalPartyId, FundsPosition position) {
        List<Alert> pending = em.createQuery("select a from Alert a where a.principalPartyId = :party "
                        + "and a.type = :type and a.state <> :resolved", Alert.class)
                .setParameter("party", principalPartyId)
                .setParameter("type", AlertType.BELOW_FLOOR)
                .setParameter("resolved", AlertState.RESOLVED)
                .getResultList();
        if (position.belowFloor() && pending.isEmpty()) {
            raise(principalPartyId, AlertType.BELOW_FLOOR, position.asOf(), position.available(),
                    "Fonds disponibles de " + position.principalCode() + " sous le seuil d'alerte : "
                            + Francs.amount(position.available()) + " disponibles"
                            + (position.daysOfCover() == null ? "" : ", " + position.daysOfCover() + " jours de couverture")
                            + ". Appel de fonds proposé : " + Francs.amount(position.proposedCall()) + ".", null);
        } else if (!position.belowFloor()) {
            pending.forEach(alert -> alert.resolve(caller(), clock.instant(),
                    "Niveau rétabli le " + position.asOf() + " : " + Francs.amount(position.available()) + " disponibles."));
        }
    }

    private Alert find(long id) throws LedgerException {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw new LedgerException(Rejection.NOT_FOUND, "id", "L'alerte n° " + id + " n'existe pas.");
        }
        return alert;
    }

    private AlertView single(Alert alert) {
        return view(alert, codes(List.of(alert.principalPartyId())),
                claimReferences(alert.claimId() == null ? List.of() : List.of(alert.claimId())));
    }

    private static AlertView view(Alert alert, Map<Long, String> principals, Map<Long, String> claims) {
        return new AlertView(alert.id(), principals.get(alert.principalPartyId()), alert.type(), alert.raisedOn(),
                alert.raisedAt(), alert.amount(), alert.message(),
                alert.claimId() == null ? null : claims.get(alert.claimId()), alert.state(),
                alert.acknowledgedBy(), alert.acknowledgedAt(), alert.resolvedBy(), alert.resolvedAt(), alert.comment(),
                alert.entryId());
    }

    private Map<Long, String> codes(Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Party p where p.id in :ids", Party.class).setParameter("ids", partyIds)
                .getResultStream().collect(Collectors.toMap(Party::id, Party::code));
    }

    private Map<Long, String> claimReferences(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.id, c.reference from Claim c where c.id in :ids", Object[].class)
                .setParameter("ids", claimIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1], (a, b) -> a, java.util.HashMap::new));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String trimmed(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    private static String french(AlertState state) {
        return switch (state) {
            case OPEN -> "ouverte";
            case ACKNOWLEDGED -> "prise en compte";
            case RESOLVED -> "résolue";
        };
    }
}
