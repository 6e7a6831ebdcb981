package sn.pmas.cheque;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sn.pmas.claim.Claim;
import sn.pmas.claim.ClaimTotals;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.SqlValues;
import sn.pmas.platform.Roles;

/**
 * The register of outgoing cheques and the steps of their lifecycle other than release (which the
 * planner's confirmation takes, {@link ChequeReleases}). Each step locks the cheque's bank account
 * first, as releases do, so that steps on one account never interleave.
 */
@Stateless
@PermitAll
public class Cheques {

    private static final int MAX_LISTED = 2_000;
    private static final int IN_LIST = 500;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private PostingService posting;
    @Inject
    private Event<ChequeSettlement> settlements;

    /** Filters may be null. Newest first, at most 2 000 cheques. */
    public List<ChequeView> list(String bankCode, ChequeStatus status, ChequeKind kind, String principalCode, String payee) {
        StringBuilder jpql = new StringBuilder("select c from Cheque c where 1 = 1");
        if (bankCode != null) {
            jpql.append(" and c.bankAccountId in (select b.id from BankAccount b where b.code = :bank)");
        }
        if (status != null) {
            jpql.append(" and c.status = :status");
        }
        if (kind != null) {
            jpql.append(" and c.kind = :kind");
        }
        if (principalCode != null) {
            jpql.append(" and c.principalPartyId in (select p.id from Party p where p.code = :principal)");
        }
        if (payee != null) {
            jpql.append(" and lower(c.payee) like :payee");
        }
        var query = em.createQuery(jpql.append(" order by c.preparedOn desc, c.id desc").toString(), Cheque.class)
                .setMaxResults(MAX_LISTED);
        if (bankCode != null) {
            query.setParameter("bank", bankCode);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (principalCode != null) {
            query.setParameter("principal", principalCode);
        }
        if (payee != null) {
            query.setParameter("payee", "%" + payee.toLowerCase() + "%");
        }
        return views(query.getResultList());
    }

    public ChequeView find(String reference) throws LedgerException {
        return view(require(reference));
    }

    /** Signed, then kept in the safe until released. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView hold(String reference, LocalDate on) throws LedgerException {
        Cheque cheque = locked(reference);
        cheque.hold(on);
        return view(cheque);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView deliver(String reference, LocalDate on) throws LedgerException {
        Cheque cheque = locked(reference);
        cheque.deliver(on);
        return view(cheque);
    }

    /** Paid by the bank (until statements are imported, the accountant records it from the statement). */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView cash(String reference, LocalDate on) throws LedgerException {
        Cheque cheque = locked(reference);
        cheque.check(ChequeStatus.CASHED, on);
        BankAccount bank = em.find(BankAccount.class, cheque.bankAccountId());
        long entryId = posting.postAll(LedgerSource.TREASURY, List.of(ChequePostings.cash(cheque, code(bank.issuedAccountId()), code(bank.ledgerAccountId()), on))).get(0).entryId();
        cheque.cash(on, entryId);
        return view(cheque);
    }

    /**
     * Voided with its reason. Before release nothing was posted: the reservation simply ends. After
     * release the release entry is reversed on {@code on}. Either way its claims are payable again.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView voidCheque(String reference, LocalDate on, String reason) throws LedgerException {
        Cheque cheque = locked(reference);
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de l'annulation du chèque est obligatoire.");
        }
        cheque.check(ChequeStatus.VOIDED, on);
        Long reversal = cheque.releaseEntryId() == null ? null
                : posting.reverseOwnEntry(LedgerSource.TREASURY, cheque.releaseEntryId(), on, "Annulation du chèque " + cheque.reference() + " : " + reason.strip()).entryId();
        cheque.voidFor(reason, on, reversal);
        freeClaims(cheque);
        settlements.fire(new ChequeSettlement(cheque.id(), cheque.reference(), ChequeSettlement.Step.UNDONE, on));
        return view(cheque);
    }

    /**
     * Released cheques not cashed within their validity (pool parameter {@code CHEQUE_VALIDITY_DAYS}
     * in force on the release date) become stale on {@code asOf}: the release is reversed, the debt
     * is owed again and its claims payable again.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<ChequeView> markStale(LocalDate asOf) throws LedgerException {
        if (asOf == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "asOf", "La date est obligatoire.");
        }
        List<Cheque> outstanding = em.createQuery("select c from Cheque c where c.status in :states and c.releasedOn < :asOf order by c.id", Cheque.class)
                .setParameter("states", List.of(ChequeStatus.RELEASED, ChequeStatus.DELIVERED))
                .setParameter("asOf", asOf).getResultList();
        List<ChequeView> stale = new ArrayList<>();
        for (Cheque candidate : outstanding) {
            if (!candidate.releasedOn().plusDays(validityDays(candidate.releasedOn())).isBefore(asOf)) {
                continue;
            }
            Cheque cheque = locked(candidate.reference());
            cheque.check(ChequeStatus.STALE, asOf);
            long reversal = posting.reverseOwnEntry(LedgerSource.TREASURY, cheque.releaseEntryId(), asOf, "Chèque " + cheque.reference() + " périmé").entryId();
            cheque.stale(asOf, reversal);
            freeClaims(cheque);
            settlements.fire(new ChequeSettlement(cheque.id(), cheque.reference(), ChequeSettlement.Step.UNDONE, asOf));
            stale.add(view(cheque));
        }
        return stale;
    }

    /**
     * Every held cheque of a bank account, in one statement whatever their number (the planner and
     * the Tableau des chèques bloqués show thousands): the cheques with their accounts, principal
     * and occurrence, without the list of claims each pays ({@link #find} has it).
     */
    public List<ChequeView> held(BankAccount bank) {
        List<?> rows = em.createNativeQuery("SELECT q.id, q.reference, q.cheque_number, q.kind, q.payee, q.amount, a.code, p.code, "
                        + "q.settles, q.latest_release_on, q.prepared_on, q.prepared_by, q.held_on, o.id, o.payment_due FROM cheque q "
                        + "JOIN account a ON a.id = q.payable_account_id LEFT JOIN party p ON p.id = q.principal_party_id "
                        + "LEFT JOIN tax_occurrence o ON o.cheque_id = q.id WHERE q.bank_account_id = ?1 AND q.status = 'HELD'")
                .setParameter(1, bank.id()).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            long id = SqlValues.longOf(r[0]);
            ChequeKind kind = ChequeKind.valueOf((String) r[3]);
            return new ChequeView(id, (String) r[1], bank.code(), SqlValues.longOf(r[2]), kind, kind.label(), (String) r[4],
                    SqlValues.longOf(r[5]), (String) r[6], (String) r[7], (String) r[8], List.of(),
                    r[9] == null ? null : SqlValues.dateOf(r[9]), ChequeStatus.HELD, ChequeStatus.HELD.label(), SqlValues.dateOf(r[10]),
                    (String) r[11], SqlValues.dateOf(r[12]), null, null, null, null, null, SqlValues.longOrNull(r[13]),
                    r[14] == null ? null : SqlValues.dateOf(r[14]));
        }).toList();
    }

    public ChequeView view(Cheque cheque) {
        return views(List.of(cheque)).get(0);
    }

    public List<ChequeView> views(List<Cheque> cheques) {
        if (cheques.isEmpty()) {
            return List.of();
        }
        Map<Long, String> banks = new java.util.HashMap<>();
        em.createQuery("select b from BankAccount b", BankAccount.class).getResultList().forEach(b -> banks.put(b.id(), b.code()));
        Map<Long, Party> principals = sn.pmas.workingfund.Principals.byId(em,
                cheques.stream().map(Cheque::principalPartyId).filter(Objects::nonNull).distinct().toList());
        Map<Long, List<String>> claims = new java.util.HashMap<>();
        List<Long> ids = cheques.stream().map(Cheque::id).toList();
        // in slices: a planner's proposal may show thousands of cheques, more than an IN list should hold
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createNativeQuery("SELECT cc.cheque_id, c.reference FROM cheque_claim cc JOIN claim c ON c.id = cc.claim_id "
                            + "WHERE cc.cheque_id IN (?1) ORDER BY c.reference")
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()
                    .forEach(row -> claims.computeIfAbsent(SqlValues.longOf(((Object[]) row)[0]), id -> new ArrayList<>())
                            .add((String) ((Object[]) row)[1]));
        }
        Map<Long, Object[]> occurrences = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createNativeQuery("SELECT l.cheque_id, o.id, o.payment_due FROM tax_occurrence_cheque l "
                            + "JOIN tax_occurrence o ON o.id = l.occurrence_id WHERE l.cheque_id IN (?1)")
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()
                    .forEach(row -> occurrences.put(SqlValues.longOf(((Object[]) row)[0]), (Object[]) row));
        }
        return cheques.stream().map(c -> new ChequeView(c.id(), c.reference(), banks.get(c.bankAccountId()), c.number(), c.kind(),
                c.kind().label(), c.payee(), c.amount(), code(c.payableAccountId()),
                c.principalPartyId() == null ? null : principals.get(c.principalPartyId()).code(), c.settles(),
                claims.getOrDefault(c.id(), List.of()), c.latestReleaseOn(), c.status(), c.status().label(), c.preparedOn(),
                c.preparedBy(), c.heldOn(), c.releasedOn(), c.deliveredOn(), c.cashedOn(), c.endedOn(), c.voidReason(),
                occurrenceOf(occurrences.get(c.id())), dueOf(occurrences.get(c.id())))).toList();
    }

    private static Long occurrenceOf(Object[] link) {
        return link == null ? null : SqlValues.longOf(link[1]);
    }

    private static LocalDate dueOf(Object[] link) {
        return link == null || link[2] == null ? null : SqlValues.dateOf(link[2]);
    }

    /** The cheque, read again once its bank account is locked. */
    private Cheque locked(String reference) throws LedgerException {
        Cheque cheque = require(reference);
        bankAccounts.lock(cheque.bankAccountId());
        em.refresh(cheque);
        return cheque;
    }

    private Cheque require(String reference) throws LedgerException {
        return em.createQuery("select c from Cheque c where c.reference = :reference", Cheque.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "cheque", "Le chèque " + reference + " n'existe pas."));
    }

    private void freeClaims(Cheque cheque) {
        ClaimTotals claimTotals = new ClaimTotals(em);
        for (Claim claim : em.createQuery("select c from Claim c where c.chequeId = :cheque", Claim.class)
                .setParameter("cheque", cheque.id()).getResultList()) {
            if (claim.paidOn() != null) {
                claimTotals.paymentUndone(claim);
            }
            claim.leaveCheque();
        }
        claimTotals.apply();
    }

    private long validityDays(LocalDate on) {
        List<?> days = em.createNativeQuery("SELECT amount FROM pool_parameter WHERE name = 'CHEQUE_VALIDITY_DAYS' AND valid_from = "
                        + "(SELECT MAX(valid_from) FROM pool_parameter WHERE name = 'CHEQUE_VALIDITY_DAYS' AND valid_from <= ?1)")
                .setParameter(1, on).getResultList();
        if (days.isEmpty()) {
            throw new IllegalStateException("no cheque validity in force on " + on);
        }
        return SqlValues.longOf(days.get(0));
    }

    private String code(long accountId) {
        return em.find(Account.class, accountId).code();
    }
}
