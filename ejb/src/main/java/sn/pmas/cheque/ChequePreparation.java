package sn.pmas.cheque;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sn.pmas.claim.Claim;
import sn.pmas.claim.PayeeKind;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.party.PartyType;
import sn.pmas.platform.Francs;
import sn.pmas.platform.SqlValues;
import sn.pmas.workingfund.Principals;
import sn.pmas.platform.Roles;

/**
 * Writes cheques from what is owed (docs/cheques.md): a provider's unpaid claims, one cheque per
 * principal; the week's member reimbursements, one cheque per member and principal; another
 * payable of the pool, within what the account still owes. Numbers come from the account's books
 * in order, under the account's lock; a claim goes into one cheque at most.
 */
@Stateless
@PermitAll
public class ChequePreparation {

    static final long MAX_AMOUNT = 10_000_000_000_000L;
    private static final int SETTLES_LENGTH = 250;
    /** Rows of one multi-row INSERT: two parameters each, well under the drivers' limits. */
    private static final int LINKS_PER_STATEMENT = 400;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private Cheques cheques;

    /** The provider's claims validated by {@code on} and neither paid nor in a cheque, one cheque per principal. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<ChequeView> forProvider(String bankCode, String providerCode, LocalDate on, Long number) throws LedgerException {
        required(on, "date");
        BankAccount bank = claimsBank(bankCode);
        Party provider = em.createQuery("select p from Party p where p.code = :code", Party.class)
                .setParameter("code", providerCode).getResultStream().findFirst()
                .filter(p -> p.type() == PartyType.PROVIDER)
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "provider", providerCode + " n'est pas un prestataire de santé connu."));
        List<Claim> claims = payableClaims("c.providerPartyId = :payee", provider.id(), on);
        Account payable = account(PartyType.PROVIDER.controlAccountCode() + "." + provider.code());
        Map<Long, List<Claim>> byPrincipal = claims.stream().collect(Collectors.groupingBy(Claim::principalPartyId, LinkedHashMap::new, Collectors.toList()));
        List<ChequeDraft> drafts = new ArrayList<>();
        byPrincipal.forEach((principalId, own) -> drafts.add(new ChequeDraft(ChequeKind.PROVIDER, provider.name(), total(own),
                payable.id(), principalId, "Factures " + invoices(own), deadline(own, provider.paymentTermDays()), ids(own))));
        return write(bank, drafts, on, number);
    }

    /**
     * The weekly batch: member reimbursements validated by {@code weekEnding} and still unpaid, one
     * cheque per member and principal; of one principal only when {@code principalCode} is given.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<ChequeView> forMembers(String bankCode, LocalDate weekEnding, String principalCode) throws LedgerException {
        required(weekEnding, "weekEnding");
        BankAccount bank = claimsBank(bankCode);
        List<Claim> claims = principalCode == null ? payableClaims("c.payeeKind = :payee", PayeeKind.MEMBER, weekEnding)
                : payableClaims("c.payeeKind = sn.pmas.claim.PayeeKind.MEMBER and c.principalPartyId = :payee",
                Principals.require(em, principalCode).id(), weekEnding);
        Account payable = account(ChequeKind.MEMBER.payablePrefixes().get(0));
        Map<List<Object>, List<Claim>> byMember = claims.stream().collect(Collectors.groupingBy(
                c -> List.of(c.principalPartyId(), c.memberName()), LinkedHashMap::new, Collectors.toList()));
        List<ChequeDraft> drafts = new ArrayList<>();
        byMember.forEach((key, own) -> drafts.add(new ChequeDraft(ChequeKind.MEMBER, own.get(0).memberName(), total(own), payable.id(),
                own.get(0).principalPartyId(), "Remboursements " + invoices(own) + " (semaine au " + weekEnding + ")", null, ids(own))));
        return write(bank, drafts, weekEnding, null);
    }

    /**
     * A cheque on one of the pool's payables (taxes, social contributions, commissions, suppliers),
     * never more than the account still owes once the cheques already written on it are paid.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView forPayable(String bankCode, ChequeKind kind, String accountCode, String payee, Long amount, LocalDate dueOn,
                                 String settles, LocalDate on, Long number) throws LedgerException {
        if (accountCode != null && declaredByTheCalendar(accountCode)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "account", "Le compte " + accountCode + " est réglé par les échéances "
                    + "du calendrier fiscal : préparer le chèque depuis l'échéance déclarée (page Calendrier fiscal, ou POST "
                    + "/api/fiscal-calendar/occurrences/{id}/cheque).");
        }
        return payable(bankCode, kind, accountCode, payee, amount, dueOn, settles, on, number);
    }

    /**
     * The cheque paying a declared occurrence of the fiscal calendar, which links it
     * ({@code sn.pmas.fiscalcalendar.ObligationCheques}): a tax or social payable within what the
     * account still owes, to be released by the occurrence's payment deadline.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView forObligation(String bankCode, ChequeKind kind, String accountCode, String payee, long amount, LocalDate dueOn,
                                    String settles, LocalDate on, Long number) throws LedgerException {
        if (kind != ChequeKind.TAX && kind != ChequeKind.SOCIAL) {
            throw new IllegalArgumentException("an obligation is paid by a tax or social cheque, not " + kind);
        }
        return payable(bankCode, kind, accountCode, payee, amount, dueOn, settles, on, number);
    }

    private ChequeView payable(String bankCode, ChequeKind kind, String accountCode, String payee, Long amount, LocalDate dueOn,
                               String settles, LocalDate on, Long number) throws LedgerException {
        required(kind, "kind");
        required(on, "date");
        if (kind.paysClaims()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "kind", "Les chèques de sinistres se préparent à partir des sinistres "
                    + "validés (POST /api/cheques/provider ou /api/cheques/members).");
        }
        if (payee == null || payee.isBlank() || payee.length() > 200) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "payee", "Le bénéficiaire est obligatoire (200 caractères au plus).");
        }
        if (amount == null || amount <= 0 || amount > MAX_AMOUNT) {
            throw new LedgerException(Rejection.FIELD_INVALID, "amount", "Montant attendu : un nombre entier de francs positif (reçu : " + amount + ").");
        }
        BankAccount bank = bankAccounts.lock(bankCode);
        if (bank.principalsMoney()) {
            throw new LedgerException(Rejection.CHEQUE_WRONG_BANK_ACCOUNT, "bankAccount", "Le compte " + bank.code()
                    + " tient l'argent des mandants : les dettes propres du Pool se paient sur son compte de fonctionnement.");
        }
        Account payable = account(accountCode);
        if (!kind.settles(payable.code())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "account", "Un chèque « " + kind.label() + " » règle un compte "
                    + String.join(", ", kind.payablePrefixes()) + "… (reçu : " + accountCode + ").");
        }
        long owed = owed(payable, on);
        if (amount > owed) {
            throw new LedgerException(Rejection.CHEQUE_EXCEEDS_PAYABLE, "amount", "Le compte " + payable.code() + " ne doit plus que "
                    + Francs.amount(owed) + " une fois payés les chèques déjà préparés sur lui (demandé : " + Francs.amount(amount) + ").");
        }
        String what = settles == null || settles.isBlank() ? payable.code() + " " + payable.name() : settles.strip();
        return write(bank, List.of(new ChequeDraft(kind, payee.strip(), amount, payable.id(), null, truncate(what), dueOn, List.of())),
                on, number).get(0);
    }

    /**
     * Writes the cheques, then their claims' links a few hundred rows per statement, then reads
     * them back together: a weekly batch is thousands of cheques, and a statement per cheque (each
     * flushing every entity the transaction holds) made it quadratic.
     */
    private List<ChequeView> write(BankAccount bank, List<ChequeDraft> drafts, LocalDate on, Long firstNumber) throws LedgerException {
        List<Long> numbers = numbers(bank, drafts.size(), firstNumber);
        String preparedBy = callerName();
        List<Cheque> written = new ArrayList<>();
        List<long[]> links = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ChequeDraft draft = drafts.get(i);
            Cheque cheque = new Cheque(bank.id(), bank.code(), numbers.get(i), draft, on, preparedBy);
            em.persist(cheque); // an identity key: inserted now, its id known
            for (Long claimId : draft.claimIds()) {
                em.find(Claim.class, claimId).putInCheque(cheque.id());
                links.add(new long[] {cheque.id(), claimId});
            }
            written.add(cheque);
        }
        em.flush();
        for (int from = 0; from < links.size(); from += LINKS_PER_STATEMENT) {
            List<long[]> slice = links.subList(from, Math.min(links.size(), from + LINKS_PER_STATEMENT));
            var insert = em.createNativeQuery("INSERT INTO cheque_claim (cheque_id, claim_id) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(slice.size(), "(?, ?)")));
            for (int i = 0; i < slice.size(); i++) {
                insert.setParameter(2 * i + 1, slice.get(i)[0]).setParameter(2 * i + 2, slice.get(i)[1]);
            }
            insert.executeUpdate();
        }
        return cheques.views(written);
    }

    /** {@code first} given: that leaf for the first cheque, the next unused ones for the others. */
    private List<Long> numbers(BankAccount bank, int count, Long first) throws LedgerException {
        List<Long> numbers = new ArrayList<>();
        if (first != null) {
            LeafView leaf = bankAccounts.leaf(bank, first);
            if (leaf.state() != LeafView.State.UNUSED) {
                throw new LedgerException(Rejection.CHEQUE_NUMBER_USED, "number", "Le chèque n° " + first + " du compte " + bank.code()
                        + " est déjà " + (leaf.state() == LeafView.State.USED ? "utilisé (" + leaf.chequeReference() + ")" : "annulé : " + leaf.spoiledReason()) + ".");
            }
            numbers.add(first);
        }
        bankAccounts.nextUnused(bank, count + 1).stream().filter(n -> !numbers.contains(n)).limit(count - numbers.size())
                .forEach(numbers::add);
        if (numbers.size() < count) {
            throw new LedgerException(Rejection.CHEQUE_NO_LEAF_LEFT, "bankAccount", "Le compte " + bank.code() + " n'a plus que "
                    + numbers.size() + " chèque(s) vierge(s) pour " + count + " à écrire : enregistrer un nouveau carnet.");
        }
        return numbers;
    }

    /**
     * Unpaid claims not yet in a cheque, validated by {@code on}, read once their principals are
     * locked: whoever pays a claim (the SIG's CLAIM_PAID, another preparation) holds that lock too,
     * so what is read here stays true until this transaction ends.
     */
    private List<Claim> payableClaims(String payeeCondition, Object payee, LocalDate on) throws LedgerException {
        List<Long> principalIds = em.createQuery("select distinct c.principalPartyId from Claim c where " + payeeCondition
                        + " and c.paidOn is null and c.cancelledOn is null and c.chequeId is null and c.validatedOn <= :on", Long.class)
                .setParameter("payee", payee).setParameter("on", on).getResultList().stream().sorted().toList();
        Principals.byId(em, principalIds).values().stream().sorted(Comparator.comparing(Party::id))
                .forEach(principal -> em.lock(principal, LockModeType.PESSIMISTIC_WRITE));
        List<Claim> claims = em.createQuery("select c from Claim c where " + payeeCondition
                        + " and c.paidOn is null and c.cancelledOn is null and c.chequeId is null and c.validatedOn <= :on order by c.principalPartyId, c.validatedOn, c.id", Claim.class)
                .setParameter("payee", payee).setParameter("on", on).getResultList();
        if (claims.isEmpty()) {
            throw new LedgerException(Rejection.CHEQUE_NOTHING_OWED, "date", "Aucun sinistre validé au " + on + " ne reste à payer pour ce bénéficiaire.");
        }
        return claims;
    }

    /** Whether an obligation of the fiscal calendar takes its amount from the account: its cheques come from its occurrences. */
    private boolean declaredByTheCalendar(String accountCode) {
        return SqlValues.longOf(em.createNativeQuery("SELECT COUNT(*) FROM tax_obligation_version WHERE account_code = ?1")
                .setParameter(1, accountCode.strip()).getSingleResult()) > 0;
    }

    private BankAccount claimsBank(String bankCode) throws LedgerException {
        BankAccount bank = bankAccounts.lock(bankCode);
        if (!bank.principalsMoney()) {
            throw new LedgerException(Rejection.CHEQUE_WRONG_BANK_ACCOUNT, "bankAccount", "Le compte " + bank.code()
                    + " est le compte de fonctionnement du Pool : les sinistres se paient sur le compte qui tient l'argent des mandants.");
        }
        return bank;
    }

    /** Credit balance of the payable at the end of {@code on}, less the cheques written on it and not yet released. */
    private long owed(Account payable, LocalDate on) {
        long balance = new LedgerTotals(em).balancesAt(List.of(payable.id()), on).getOrDefault(payable.id(), LedgerTotals.Totals.ZERO)
                .creditBalance();
        long written = SqlValues.longOf(em.createNativeQuery("SELECT SUM(amount) FROM cheque WHERE payable_account_id = ?1 "
                + "AND status IN ('PREPARED', 'HELD')").setParameter(1, payable.id()).getSingleResult());
        return balance - written;
    }

    private Account account(String code) throws LedgerException {
        Account account = em.createQuery("select a from Account a where a.code = :code", Account.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (account == null || !account.postable()) {
            throw new LedgerException(Rejection.ACCOUNT_UNKNOWN, "account", "Le compte " + code + " n'existe pas ou n'est pas mouvementable.");
        }
        return account;
    }

    /** The earliest invoice's deadline under the convention's payment term; none without a term. */
    private static LocalDate deadline(List<Claim> claims, Integer paymentTermDays) {
        return paymentTermDays == null ? null : claims.stream().map(Claim::invoiceReceivedOn).min(LocalDate::compareTo)
                .orElseThrow().plusDays(paymentTermDays);
    }

    private static long total(List<Claim> claims) {
        return claims.stream().mapToLong(Claim::amount).sum();
    }

    private static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    private static String invoices(List<Claim> claims) {
        return truncate(claims.stream().map(Claim::invoiceReference).distinct().collect(Collectors.joining(", ")));
    }

    private static String truncate(String text) {
        return text.length() <= SETTLES_LENGTH - 50 ? text : text.substring(0, SETTLES_LENGTH - 51) + "…";
    }

    private static void required(Object value, String field) throws LedgerException {
        if (value == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, field, "Le champ " + field + " est obligatoire.");
        }
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
