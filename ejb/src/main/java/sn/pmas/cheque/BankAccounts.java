package sn.pmas.cheque;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.SqlValues;
import sn.pmas.platform.Roles;

/**
 * The pool's bank accounts, their cheque books and leaves, their safety margins and positions.
 * Every number of a book is a leaf row from the day the book is recorded: used by one cheque,
 * spoiled with a reason, or unused — none ever disappears.
 */
@Stateless
@PermitAll
public class BankAccounts {

    /** A book is a pad of leaves, not a range typed by accident: 500 at most. */
    static final int MAX_LEAVES = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    public List<BankAccountView> list(LocalDate asOf) {
        return em.createQuery("select b from BankAccount b order by b.code", BankAccount.class).getResultStream()
                .map(bank -> view(bank, asOf)).toList();
    }

    public BankAccountView find(String code, LocalDate asOf) throws LedgerException {
        return view(require(code), asOf);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BankAccountView register(String code, String bankName, String accountNumber, String ledgerAccountCode,
                                    String issuedAccountCode, boolean principalsMoney) throws LedgerException {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "code",
                    "Code de compte bancaire attendu : 2 à 20 majuscules, chiffres ou tirets (reçu : " + code + ").");
        }
        if (bankName == null || bankName.isBlank() || accountNumber == null || accountNumber.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, bankName == null || bankName.isBlank() ? "bankName" : "accountNumber",
                    "La banque et le numéro du compte sont obligatoires.");
        }
        if (byCode(code) != null) {
            throw new LedgerException(Rejection.FIELD_INVALID, "code", "Le compte bancaire " + code + " existe déjà.");
        }
        Account ledger = bankLedgerAccount(ledgerAccountCode, "ledgerAccount");
        Account issued = bankLedgerAccount(issuedAccountCode, "issuedAccount");
        if (ledger.id().equals(issued.id()) || isTied(ledger.id()) || isTied(issued.id())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "ledgerAccount", "Chaque compte bancaire a son compte 521x et son compte "
                    + "de chèques émis, à lui seul : " + ledger.code() + " ou " + issued.code() + " est déjà pris.");
        }
        BankAccount bank = new BankAccount(code, bankName.strip(), accountNumber.strip(), ledger.id(), issued.id(), principalsMoney);
        em.persist(bank);
        em.flush();
        return view(bank, LocalDate.now());
    }

    /** Records a book of numbers {@code first}..{@code last}; no number may be in another book of the account. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeBookView addBook(String bankCode, Long first, Long last, LocalDate receivedOn) throws LedgerException {
        if (first == null || last == null || first <= 0 || last < first || last - first >= MAX_LEAVES) {
            throw new LedgerException(Rejection.FIELD_INVALID, first == null || first <= 0 ? "firstNumber" : "lastNumber",
                    "Un carnet va d'un premier à un dernier numéro positifs, " + MAX_LEAVES + " chèques au plus (reçu : "
                            + first + " à " + last + ").");
        }
        if (receivedOn == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "receivedOn", "La date de réception du carnet est obligatoire.");
        }
        BankAccount bank = lock(bankCode);
        Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM cheque_leaf WHERE bank_account_id = ?1 "
                        + "AND cheque_number BETWEEN ?2 AND ?3")
                .setParameter(1, bank.id()).setParameter(2, first).setParameter(3, last).getSingleResult();
        if (taken.longValue() > 0) {
            throw new LedgerException(Rejection.CHEQUE_BOOK_OVERLAP, "firstNumber", taken + " numéro(s) de " + first + " à " + last
                    + " figurent déjà dans un carnet du compte " + bank.code() + ".");
        }
        ChequeBook book = new ChequeBook(bank.id(), first, last, receivedOn, callerName());
        em.persist(book);
        em.flush();
        for (long number = first; number <= last; number++) {
            em.createNativeQuery("INSERT INTO cheque_leaf (bank_account_id, cheque_number, cheque_book_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, bank.id()).setParameter(2, number).setParameter(3, book.id()).executeUpdate();
        }
        return new ChequeBookView(book.id(), bank.code(), first, last, receivedOn);
    }

    /** A leaf torn or miswritten before any cheque was made of it: accounted for with its reason. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public LeafView spoil(String bankCode, long number, String reason) throws LedgerException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de l'annulation de la formule est obligatoire.");
        }
        BankAccount bank = lock(bankCode);
        LeafView leaf = leaf(bank, number);
        if (leaf.state() != LeafView.State.UNUSED) {
            throw new LedgerException(Rejection.CHEQUE_NUMBER_USED, "number", "Le chèque n° " + number + " du compte " + bank.code()
                    + " est déjà " + (leaf.state() == LeafView.State.USED ? "utilisé (" + leaf.chequeReference() + ")" : "annulé") + ".");
        }
        em.createNativeQuery("UPDATE cheque_leaf SET spoiled_reason = ?1, spoiled_by = ?2 WHERE bank_account_id = ?3 AND cheque_number = ?4")
                .setParameter(1, reason.strip()).setParameter(2, callerName()).setParameter(3, bank.id()).setParameter(4, number)
                .executeUpdate();
        return leaf(bank, number);
    }

    /** Every leaf of the account's books, in number order: used, spoiled or unused. */
    public List<LeafView> leaves(String bankCode) throws LedgerException {
        return leaves(require(bankCode), null);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void setSafetyMargin(String bankCode, LocalDate validFrom, Long amount) throws LedgerException {
        if (validFrom == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "validFrom", "La date d'effet de la marge est obligatoire.");
        }
        if (amount == null || amount < 0) {
            throw new LedgerException(Rejection.FIELD_INVALID, "amount", "La marge de sécurité est un montant positif ou nul.");
        }
        BankAccount bank = lock(bankCode);
        int updated = em.createNativeQuery("UPDATE bank_safety_margin SET amount = ?1 WHERE bank_account_id = ?2 AND valid_from = ?3")
                .setParameter(1, amount).setParameter(2, bank.id()).setParameter(3, validFrom).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO bank_safety_margin (bank_account_id, valid_from, amount) VALUES (?1, ?2, ?3)")
                    .setParameter(1, bank.id()).setParameter(2, validFrom).setParameter(3, amount).executeUpdate();
        }
    }

    public BankPosition position(String bankCode, LocalDate asOf) throws LedgerException {
        return position(require(bankCode), asOf);
    }

    /** Read at statement level: under the account's lock, it sees every release committed before. */
    public BankPosition position(BankAccount bank, LocalDate asOf) {
        Map<Long, LedgerTotals.Totals> balances = new LedgerTotals(em).balancesAt(List.of(bank.ledgerAccountId(), bank.issuedAccountId()), asOf);
        Number margin = (Number) em.createNativeQuery("SELECT amount FROM bank_safety_margin WHERE bank_account_id = ?1 "
                        + "AND valid_from = (SELECT MAX(valid_from) FROM bank_safety_margin WHERE bank_account_id = ?1 AND valid_from <= ?2)")
                .setParameter(1, bank.id()).setParameter(2, asOf).getResultStream().findFirst().orElse(0L);
        long held = SqlValues.longOf(em.createNativeQuery("SELECT SUM(amount) FROM cheque WHERE bank_account_id = ?1 AND status = 'HELD'")
                .setParameter(1, bank.id()).getSingleResult());
        return BankPosition.of(bank.code(), asOf, balances.getOrDefault(bank.ledgerAccountId(), LedgerTotals.Totals.ZERO).debitBalance(),
                balances.getOrDefault(bank.issuedAccountId(), LedgerTotals.Totals.ZERO).creditBalance(), margin.longValue(), held);
    }

    public BankAccount require(String code) throws LedgerException {
        BankAccount bank = byCode(code);
        if (bank == null) {
            throw new LedgerException(Rejection.BANK_ACCOUNT_UNKNOWN, "bankAccount", "Le compte bancaire " + code + " n'existe pas.");
        }
        return bank;
    }

    /** The account's row locked: numbering, releases and cheque steps on one account go one at a time. */
    public BankAccount lock(String code) throws LedgerException {
        BankAccount bank = require(code);
        em.lock(bank, LockModeType.PESSIMISTIC_WRITE);
        return bank;
    }

    public BankAccount lock(long id) {
        return em.find(BankAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next {@code count} unused leaves of the account, in number order. */
    public List<Long> nextUnused(BankAccount bank, int count) {
        return leaves(bank, count).stream().map(LeafView::number).toList();
    }

    public LeafView leaf(BankAccount bank, long number) throws LedgerException {
        List<?> rows = em.createNativeQuery("SELECT l.cheque_number, l.spoiled_reason, c.reference FROM cheque_leaf l "
                        + "LEFT JOIN cheque c ON c.bank_account_id = l.bank_account_id AND c.cheque_number = l.cheque_number "
                        + "WHERE l.bank_account_id = ?1 AND l.cheque_number = ?2")
                .setParameter(1, bank.id()).setParameter(2, number).getResultList();
        if (rows.isEmpty()) {
            throw new LedgerException(Rejection.CHEQUE_NUMBER_OUTSIDE_BOOK, "number", "Le n° " + number
                    + " n'appartient à aucun carnet du compte " + bank.code() + " : enregistrer d'abord le carnet.");
        }
        return LeafView.of((Object[]) rows.get(0));
    }

    /** {@code unusedLimit} null: every leaf; otherwise that many unused leaves. */
    private List<LeafView> leaves(BankAccount bank, Integer unusedLimit) {
        String unused = unusedLimit == null ? "" : " AND l.spoiled_reason IS NULL AND NOT EXISTS (SELECT 1 FROM cheque x "
                + "WHERE x.bank_account_id = l.bank_account_id AND x.cheque_number = l.cheque_number)";
        var query = em.createNativeQuery("SELECT l.cheque_number, l.spoiled_reason, c.reference FROM cheque_leaf l "
                        + "LEFT JOIN cheque c ON c.bank_account_id = l.bank_account_id AND c.cheque_number = l.cheque_number "
                        + "WHERE l.bank_account_id = ?1" + unused + " ORDER BY l.cheque_number")
                .setParameter(1, bank.id());
        if (unusedLimit != null) {
            query.setMaxResults(unusedLimit);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> LeafView.of((Object[]) row)).toList();
    }

    private BankAccountView view(BankAccount bank, LocalDate asOf) {
        Account ledger = em.find(Account.class, bank.ledgerAccountId());
        Account issued = em.find(Account.class, bank.issuedAccountId());
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN l.spoiled_reason IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN c.id IS NOT NULL THEN 1 ELSE 0 END) FROM cheque_leaf l "
                        + "LEFT JOIN cheque c ON c.bank_account_id = l.bank_account_id AND c.cheque_number = l.cheque_number "
                        + "WHERE l.bank_account_id = ?1")
                .setParameter(1, bank.id()).getSingleResult();
        long leaves = SqlValues.longOf(counts[0]);
        long spoiled = SqlValues.longOf(counts[1]);
        long used = SqlValues.longOf(counts[2]);
        return new BankAccountView(bank.code(), bank.bankName(), bank.accountNumber(), ledger.code(), issued.code(),
                bank.principalsMoney(), leaves, used, spoiled, leaves - used - spoiled, position(bank, asOf));
    }

    private boolean isTied(long accountId) {
        return !em.createQuery("select b.id from BankAccount b where b.ledgerAccountId = :id or b.issuedAccountId = :id", Long.class)
                .setParameter("id", accountId).getResultList().isEmpty();
    }

    private Account bankLedgerAccount(String code, String field) throws LedgerException {
        Account account = em.createQuery("select a from Account a where a.code = :code", Account.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (account == null || !account.postable() || account.kind() != Account.Kind.GENERAL || !code.startsWith("52")) {
            throw new LedgerException(Rejection.FIELD_INVALID, field,
                    "Compte attendu : un compte de banque 52x mouvementable du plan (reçu : " + code + ").");
        }
        return account;
    }

    private BankAccount byCode(String code) {
        return em.createQuery("select b from BankAccount b where b.code = :code", BankAccount.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
