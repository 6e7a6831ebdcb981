package sn.pmas.workingfund;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import sn.pmas.ledger.FiscalYear;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.Francs;
import sn.pmas.platform.SqlValues;
import sn.pmas.platform.Roles;

/**
 * Fund calls (appels de fonds) to principals and the matching of the funds they send with them
 * (docs/fund-calls.md). The call letter and its état are the report {@code fund-call}.
 */
@Stateless
@PermitAll
public class FundCalls {

    /** The same bound as a journal line: beyond it an amount is a typing error. */
    static final long MAX_AMOUNT = 10_000_000_000_000L;
    private static final int MAX_LISTED = 1_000;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private WorkingFunds workingFunds;

    private final Clock clock = Clock.systemUTC();

    /** What a call issued on {@code asOf} would ask, and the period its état would cover. */
    public FundCallProposal propose(String principalCode, LocalDate asOf) throws LedgerException {
        if (asOf == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "asOf", "La date de la proposition est obligatoire.");
        }
        Party principal = Principals.require(em, principalCode);
        FundsPosition position = positionWithTarget(principal, asOf);
        return new FundCallProposal(principal.code(), principal.name(), asOf, position.targetLevel(), position.available(),
                position.proposedCall(), statementFrom(principal, asOf, "asOf"), asOf);
    }

    /**
     * Issues a call of {@code amount}, or of the proposed amount when it is null. Numbers are
     * given under a lock on the fiscal year of issue, so two calls never get the same one.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public FundCallView issue(String principalCode, Long amount, LocalDate issuedOn) throws LedgerException {
        if (issuedOn == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "issuedOn", "La date de l'appel de fonds est obligatoire.");
        }
        if (amount != null && (amount <= 0 || amount > MAX_AMOUNT)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "amount",
                    "Le montant appelé est un nombre entier de francs, positif et d'au plus 10^13 (reçu : " + amount + ").");
        }
        Party principal = Principals.require(em, principalCode);
        if (!principal.active()) {
            throw new LedgerException(Rejection.PRINCIPAL_INACTIVE, "principal",
                    "Le mandant " + principal.code() + " est inactif : aucun appel de fonds ne lui est adressé.");
        }
        int year = issuedOn.getYear();
        if (em.find(FiscalYear.class, year, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new LedgerException(Rejection.PERIOD_MISSING, "issuedOn",
                    "L'exercice " + year + " n'est pas ouvert : ouvrir l'exercice avant d'émettre un appel de fonds.");
        }
        FundsPosition position = positionWithTarget(principal, issuedOn);
        long called = amount != null ? amount : position.proposedCall();
        if (called == 0) {
            throw new LedgerException(Rejection.FUND_CALL_NOT_NEEDED, "amount", "Les fonds disponibles de " + principal.code()
                    + " (" + Francs.amount(position.available()) + ") atteignent le niveau cible (" + Francs.amount(position.targetLevel()) + ") au "
                    + issuedOn + " : rien à appeler. Indiquer un montant pour appeler des fonds malgré tout.");
        }
        FundCall call = new FundCall(FundCallNumber.next(year, latestNumber(year)), principal.id(), issuedOn,
                statementFrom(principal, issuedOn, "issuedOn"), called, position.available(), position.targetLevel(),
                session.getCallerPrincipal().getName(), clock.instant());
        em.persist(call);
        em.flush();
        return views(List.of(call)).get(0);
    }

    /** The latest calls first, of one principal or of all. */
    public List<FundCallView> list(String principalCode) throws LedgerException {
        Long partyId = principalCode == null ? null : Principals.require(em, principalCode).id();
        return views(em.createQuery("select f from FundCall f where (:party is null or f.principalPartyId = :party) "
                        + "order by f.issuedOn desc, f.id desc", FundCall.class)
                .setParameter("party", partyId)
                .setMaxResults(MAX_LISTED)
                .getResultList());
    }

    public FundCallView find(String number) throws LedgerException {
        FundCall call = em.createQuery("select f from FundCall f where f.number = :number", FundCall.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "number", "L'appel de fonds " + number + " n'existe pas."));
        return views(List.of(call)).get(0);
    }

    /**
     * Matches a receipt of funds, just booked, with its principal's open calls issued on or before
     * the day it was received: oldest first, each up to what it still awaits. A surplus answers no
     * call. To be called in the transaction that books the receipt, once.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void allocate(long fundsReceiptId) {
        FundsReceipt receipt = em.find(FundsReceipt.class, fundsReceiptId);
        if (receipt == null) {
            throw new IllegalArgumentException("No funds receipt " + fundsReceiptId);
        }
        Map<Long, FundCall> open = em.createQuery("select f from FundCall f where f.principalPartyId = :party "
                        + "and f.status <> :settled and f.issuedOn <= :receivedOn order by f.issuedOn, f.id", FundCall.class)
                .setParameter("party", receipt.principalPartyId())
                .setParameter("settled", FundCall.Status.SETTLED)
                .setParameter("receivedOn", receipt.receivedOn())
                .getResultStream()
                .collect(Collectors.toMap(FundCall::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        FundCallAllocation.Result allocation = FundCallAllocation.allocate(receipt.amount(), open.values().stream()
                .map(call -> new FundCallAllocation.OpenCall(call.id(), call.outstanding())).toList());
        for (FundCallAllocation.Share share : allocation.shares()) {
            open.get(share.callId()).receive(share.amount());
            em.createNativeQuery("INSERT INTO fund_call_settlement (fund_call_id, funds_receipt_id, amount) VALUES (?1, ?2, ?3)")
                    .setParameter(1, share.callId())
                    .setParameter(2, fundsReceiptId)
                    .setParameter(3, share.amount())
                    .executeUpdate();
        }
    }

    private FundsPosition positionWithTarget(Party principal, LocalDate asOf) throws LedgerException {
        FundsPosition position = workingFunds.position(principal.code(), asOf);
        if (position.targetLevel() == null) {
            throw new LedgerException(Rejection.AGREEMENT_MISSING, "principal", "Aucune convention en vigueur pour "
                    + principal.code() + " au " + asOf + " : pas de niveau cible du fonds de roulement à reconstituer.");
        }
        return position;
    }

    /**
     * The état of a call covers the days since the principal's previous call (the day after it),
     * or, for its first call, since the start of the fiscal year of the call. Calls of a principal
     * follow one another, so their états never overlap.
     */
    private LocalDate statementFrom(Party principal, LocalDate callDate, String field) throws LedgerException {
        LocalDate previous = em.createQuery("select max(f.issuedOn) from FundCall f where f.principalPartyId = :party", LocalDate.class)
                .setParameter("party", principal.id())
                .getSingleResult();
        if (previous == null) {
            return LocalDate.of(callDate.getYear(), 1, 1);
        }
        if (!callDate.isAfter(previous)) {
            throw new LedgerException(Rejection.FIELD_INVALID, field, "Le dernier appel de fonds de " + principal.code()
                    + " date du " + previous + " : un nouvel appel lui est postérieur (reçu : " + callDate + ").");
        }
        return previous.plusDays(1);
    }

    private String latestNumber(int year) {
        return em.createQuery("select max(f.number) from FundCall f where f.number like :prefix", String.class)
                .setParameter("prefix", FundCallNumber.prefix(year) + "%")
                .getSingleResult();
    }

    private List<FundCallView> views(List<FundCall> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        Map<Long, Party> principals = Principals.byId(em, calls.stream().map(FundCall::principalPartyId).collect(Collectors.toSet()));
        Map<Long, List<FundCallView.Settlement>> settlements = settlements(calls.stream().map(FundCall::id).toList());
        return calls.stream().map(call -> {
            Party principal = principals.get(call.principalPartyId());
            return new FundCallView(call.number(), principal.code(), principal.name(), call.issuedOn(), call.statementFrom(),
                    call.amount(), call.received(), call.outstanding(), call.status(), call.availableAtIssue(),
                    call.targetAtIssue(), call.issuedBy(), call.issuedAt(), settlements.getOrDefault(call.id(), List.of()));
        }).toList();
    }

    private Map<Long, List<FundCallView.Settlement>> settlements(Collection<Long> callIds) {
        Map<Long, List<FundCallView.Settlement>> settlements = new HashMap<>();
        em.createNativeQuery("SELECT s.fund_call_id, e.source_reference, r.received_on, s.amount FROM fund_call_settlement s "
                        + "JOIN funds_receipt r ON r.id = s.funds_receipt_id JOIN sig_event e ON e.id = r.sig_event_id "
                        + "WHERE s.fund_call_id IN (?1) ORDER BY r.received_on, r.id")
                .setParameter(1, callIds)
                .getResultList()
                .forEach(row -> {
                    Object[] c = (Object[]) row;
                    settlements.computeIfAbsent(SqlValues.longOf(c[0]), id -> new ArrayList<>())
                            .add(new FundCallView.Settlement((String) c[1], SqlValues.dateOf(c[2]), SqlValues.longOf(c[3])));
                });
        return settlements;
    }
}
