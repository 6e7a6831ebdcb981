package sn.pmas.cheque;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import sn.pmas.claim.Claim;
import sn.pmas.claim.ClaimTotals;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.Francs;
import sn.pmas.workingfund.FundCallProposal;
import sn.pmas.workingfund.FundCalls;
import sn.pmas.workingfund.Principals;
import sn.pmas.workingfund.WorkingFunds;
import sn.pmas.platform.Roles;

/**
 * The release planner's service (docs/cheques.md): proposes the held cheques of a bank account
 * that its position and their principals' funds allow to release on a date, and releases those the
 * accountant confirms. A confirmation locks the bank account, then the principals, and checks the
 * cheques against the position read under that lock: concurrent confirmations queue on the lock and
 * never release beyond the position.
 */
@Stateless
@PermitAll
public class ChequeReleases {

    static final int MAX_CONFIRMED = 1_000;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private Cheques cheques;
    @EJB
    private PostingService posting;
    @EJB
    private WorkingFunds workingFunds;
    @EJB
    private FundCalls fundCalls;
    @Inject
    private Event<ChequeSettlement> settlements;

    public ReleaseProposal propose(String bankCode, LocalDate on) throws LedgerException {
        if (on == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date de déblocage est obligatoire.");
        }
        BankAccount bank = bankAccounts.require(bankCode);
        Map<Long, ChequeView> views = cheques.held(bank).stream().collect(Collectors.toMap(ChequeView::id, Function.identity()));
        List<HeldCheque> held = views.values().stream().map(ChequeReleases::heldOf).toList();
        ReleasePlan plan = ReleasePlanner.plan(bankAccounts.position(bank, on), held, balances(held));
        List<ReleaseProposal.HeldReason> stay = plan.stay().stream().map(s -> new ReleaseProposal.HeldReason(views.get(s.cheque().id()),
                s.reason(), s.shortBy(), reason(s))).toList();
        List<FundCallProposal> calls = new ArrayList<>();
        for (String principal : plan.stay().stream().filter(s -> s.reason() == StaysHeld.Reason.PRINCIPAL_SHORT)
                .map(s -> s.cheque().principalCode()).distinct().sorted().toList()) {
            calls.add(fundCalls.propose(principal, on));
        }
        return new ReleaseProposal(plan.position(), plan.release().stream().map(c -> views.get(c.id())).toList(), plan.releaseTotal(),
                plan.remaining(), stay, calls);
    }

    /** The Tableau des chèques bloqués of a bank account on a date: every held cheque in release order, with the planner's decision. */
    public List<HeldChequeRow> heldTable(String bankCode, LocalDate on) throws LedgerException {
        if (on == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "asOf", "La date du tableau est obligatoire.");
        }
        BankAccount bank = bankAccounts.require(bankCode);
        List<HeldCheque> held = cheques.held(bank).stream().map(ChequeReleases::heldOf).toList();
        ReleasePlan plan = ReleasePlanner.plan(bankAccounts.position(bank, on), held, balances(held));
        Map<Long, String> decisions = new HashMap<>();
        plan.release().forEach(cheque -> decisions.put(cheque.id(), "À débloquer"));
        plan.stay().forEach(stay -> decisions.put(stay.cheque().id(), reason(stay)));
        List<HeldCheque> ordered = held.stream().sorted(ReleasePlanner.ORDER).toList();
        List<HeldChequeRow> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            HeldCheque cheque = ordered.get(i);
            rows.add(new HeldChequeRow(i + 1, cheque.reference(), cheque.kind().label(), cheque.payee(), cheque.amount(),
                    cheque.principalCode(), cheque.heldOn(), java.time.temporal.ChronoUnit.DAYS.between(cheque.heldOn(), on),
                    cheque.latestReleaseOn(), decisions.get(cheque.id())));
        }
        return rows;
    }

    /**
     * Releases the cheques named (all or part of a proposal) on {@code on}, all or none: each must be
     * held on this account, the position must cover them all and each claim cheque's principal must
     * not be in deficit.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<ChequeView> confirm(String bankCode, LocalDate on, List<String> references) throws LedgerException {
        if (on == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date de déblocage est obligatoire.");
        }
        if (references == null || references.isEmpty() || references.size() > MAX_CONFIRMED) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "cheques", "Indiquer de 1 à " + MAX_CONFIRMED + " chèques à débloquer.");
        }
        if (new HashSet<>(references).size() != references.size()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "cheques", "Un même chèque figure deux fois dans la demande.");
        }
        BankAccount bank = bankAccounts.lock(bankCode);
        Map<String, Integer> positions = new HashMap<>();
        List<Cheque> chosen = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            positions.put(reference, i);
            Cheque cheque = em.createQuery("select c from Cheque c where c.reference = :reference", Cheque.class)
                    .setParameter("reference", reference).getResultStream().findFirst()
                    .orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "cheques[" + positions.get(reference) + "]",
                            "Le chèque " + reference + " n'existe pas."));
            em.refresh(cheque);
            if (cheque.bankAccountId() != bank.id()) {
                throw new LedgerException(Rejection.FIELD_INVALID, "cheques[" + i + "]", "Le chèque " + reference
                        + " est tiré sur un autre compte que " + bank.code() + ".");
            }
            try {
                cheque.check(ChequeStatus.RELEASED, on);
            } catch (LedgerException e) {
                throw new LedgerException(e.rejection(), "cheques[" + i + "]", e.getMessage());
            }
            chosen.add(cheque);
        }
        Principals.byId(em, chosen.stream().map(Cheque::principalPartyId).filter(Objects::nonNull).distinct().toList()).values().stream()
                .sorted(Comparator.comparing(Party::id)).forEach(principal -> em.lock(principal, LockModeType.PESSIMISTIC_WRITE));
        List<HeldCheque> held = chosen.stream().map(c -> heldOf(c, principalCodes(chosen))).toList();
        ReleasePlan plan = ReleasePlanner.plan(bankAccounts.position(bank, on), held, balances(held));
        if (!plan.stay().isEmpty()) {
            StaysHeld refused = plan.stay().get(0);
            String field = "cheques[" + positions.get(refused.cheque().reference()) + "]";
            throw refused.reason() == StaysHeld.Reason.BANK_SHORT
                    ? new LedgerException(Rejection.CHEQUE_RELEASE_BEYOND_POSITION, field, "Position disponible du compte " + bank.code()
                    + " au " + on + " : " + Francs.amount(plan.position().available()) + " ; " + reason(refused) + " pour débloquer le chèque "
                    + refused.cheque().reference() + " avec ceux qui le précèdent.")
                    : new LedgerException(Rejection.CHEQUE_PRINCIPAL_SHORT, field, reason(refused) + " : le chèque "
                    + refused.cheque().reference() + " reste bloqué jusqu'au paiement de son appel de fonds.");
        }
        Map<Long, Cheque> byId = chosen.stream().collect(Collectors.toMap(Cheque::id, Function.identity()));
        String issued = em.find(Account.class, bank.issuedAccountId()).code();
        List<Cheque> released = new ArrayList<>();
        ClaimTotals claimTotals = new ClaimTotals(em);
        for (HeldCheque next : plan.release()) {
            Cheque cheque = byId.get(next.id());
            String payable = em.find(Account.class, cheque.payableAccountId()).code();
            long entryId = posting.postAll(LedgerSource.TREASURY, List.of(ChequePostings.release(cheque, payable, issued, on))).get(0).entryId();
            cheque.release(on, entryId);
            settlements.fire(new ChequeSettlement(cheque.id(), cheque.reference(), ChequeSettlement.Step.RELEASED, on));
            for (Claim claim : em.createQuery("select c from Claim c where c.chequeId = :cheque", Claim.class)
                    .setParameter("cheque", cheque.id()).getResultList()) {
                claim.paidByCheque(on, cheque.reference());
                claimTotals.paid(claim);
            }
            released.add(cheque);
        }
        em.flush();
        claimTotals.apply();
        return cheques.views(released);
    }

    /** A cheque paying a fiscal occurrence is due by the occurrence's payment deadline, wherever a holiday moved it since. */
    private static HeldCheque heldOf(ChequeView cheque) {
        return new HeldCheque(cheque.id(), cheque.reference(), cheque.kind(), cheque.payee(), cheque.amount(), cheque.principal(),
                cheque.occurrenceDue() != null ? cheque.occurrenceDue() : cheque.latestReleaseOn(), cheque.heldOn());
    }

    private Map<Long, String> principalCodes(List<Cheque> chosen) {
        return Principals.byId(em, chosen.stream().map(Cheque::principalPartyId).filter(Objects::nonNull).distinct().toList())
                .values().stream().collect(Collectors.toMap(Party::id, Party::code));
    }

    private static HeldCheque heldOf(Cheque cheque, Map<Long, String> principalCodes) {
        return new HeldCheque(cheque.id(), cheque.reference(), cheque.kind(), cheque.payee(), cheque.amount(),
                cheque.principalPartyId() == null ? null : principalCodes.get(cheque.principalPartyId()), cheque.latestReleaseOn(),
                cheque.heldOn());
    }

    /** Current-account balance of the cheques' principals over every posting, by code. */
    private Map<String, Long> balances(List<HeldCheque> held) {
        List<String> codes = held.stream().map(HeldCheque::principalCode).filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> ids = em.createQuery("select p from Party p where p.code in :codes", Party.class).setParameter("codes", codes)
                .getResultStream().collect(Collectors.toMap(Party::id, Party::code));
        Map<String, Long> balances = new HashMap<>();
        workingFunds.currentAccountBalances(ids.keySet(), null).forEach((id, balance) -> balances.put(ids.get(id), balance));
        return balances;
    }

    private static String reason(StaysHeld stay) {
        return switch (stay.reason()) {
            case BANK_SHORT -> "Banque à court de " + Francs.amount(stay.shortBy());
            case PRINCIPAL_SHORT -> "Mandant " + stay.cheque().principalCode() + " à court de " + Francs.amount(stay.shortBy());
        };
    }
}
