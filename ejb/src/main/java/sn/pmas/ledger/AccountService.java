package sn.pmas.ledger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import sn.pmas.platform.Roles;

/** The chart of accounts: listing, opening sub-accounts, renaming, (de)activating. */
@Stateless
@PermitAll
public class AccountService {

    /** SYCEBNL general accounts: class digit 1-8, then digits; at least three in all. */
    private static final Pattern GENERAL_CODE = Pattern.compile("[1-8][0-9]{2,9}");

    @PersistenceContext
    private EntityManager em;

    public List<AccountView> list(Integer accountClass, String codePrefix) {
        return em.createQuery("select a from Account a where (:cls is null or a.accountClass = :cls) "
                        + "and a.code like :prefix order by a.code", Account.class)
                .setParameter("cls", accountClass == null ? null : accountClass.shortValue())
                .setParameter("prefix", (codePrefix == null ? "" : codePrefix) + "%")
                .getResultStream().map(AccountView::of).toList();
    }

    public Optional<AccountView> find(String code) {
        return byCode(code).map(AccountView::of);
    }

    /**
     * Opens a general sub-account under the longest existing account whose code prefixes it. The
     * parent becomes a heading, which it may only do while it has no posting.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public AccountView open(String code, String name) throws LedgerException {
        if (code == null || !GENERAL_CODE.matcher(code).matches()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "code",
                    "Numéro de compte attendu : 3 à 10 chiffres commençant par 1 à 8 (reçu : " + code + ").");
        }
        if (name == null || name.isBlank() || name.length() > 250) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "name", "L'intitulé du compte est obligatoire (250 caractères au plus).");
        }
        if (byCode(code).isPresent()) {
            throw new LedgerException(Rejection.ACCOUNT_EXISTS, "code", "Le compte " + code + " existe déjà.");
        }
        Account parent = parentOf(code).orElseThrow(() -> new LedgerException(Rejection.ACCOUNT_PARENT_MISSING, "code",
                "Aucun compte du plan ne précède " + code + " : ouvrir d'abord le compte de regroupement."));
        if (parent.kind() != Account.Kind.GENERAL) {
            throw new LedgerException(Rejection.FIELD_INVALID, "code",
                    "Le compte " + parent.code() + " est un compte collectif : ses sous-comptes s'ouvrent avec les tiers.");
        }
        if (parent.postable()) {
            if (hasPostings(parent)) {
                throw new LedgerException(Rejection.ACCOUNT_PARENT_HAS_POSTINGS, "code",
                        "Le compte " + parent.code() + " est mouvementé : il ne peut devenir un compte de regroupement.");
            }
            parent.becomeHeading();
        }
        Account account = Account.general(code, name.strip(), parent.code());
        em.persist(account);
        em.flush();
        createBalanceRows(account);
        return AccountView.of(account);
    }

    /** Opens the auxiliary account of a party under its control account, e.g. 4581.ASKIA. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public AccountView openAuxiliary(String controlCode, String partyCode, String partyName, long partyId) {
        Account control = byCode(controlCode)
                .filter(a -> a.kind() == Account.Kind.CONTROL)
                .orElseThrow(() -> new IllegalStateException("control account " + controlCode + " missing from the chart"));
        Account account = Account.auxiliary(control, partyCode, partyName, partyId);
        em.persist(account);
        em.flush();
        createBalanceRows(account);
        return AccountView.of(account);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public AccountView update(String code, String name, Boolean active) throws LedgerException {
        Account account = byCode(code).orElseThrow(() -> new LedgerException(Rejection.ACCOUNT_UNKNOWN, "code",
                "Le compte " + code + " n'existe pas."));
        if (name != null) {
            if (name.isBlank() || name.length() > 250) {
                throw new LedgerException(Rejection.FIELD_INVALID, "name", "Intitulé vide ou trop long.");
            }
            account.rename(name.strip());
        }
        if (active != null) {
            account.setActive(active);
        }
        return AccountView.of(account);
    }

    /** Renames or (de)activates the auxiliary account that follows a party. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void followParty(long partyId, String name, boolean active) {
        em.createQuery("select a from Account a where a.partyId = :party", Account.class)
                .setParameter("party", partyId)
                .getResultStream()
                .forEach(account -> {
                    account.rename(name);
                    account.setActive(active);
                });
    }

    Optional<Account> byCode(String code) {
        return em.createQuery("select a from Account a where a.code = :code", Account.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<Account> parentOf(String code) {
        List<String> prefixes = new ArrayList<>();
        for (int length = code.length() - 1; length >= 1; length--) {
            prefixes.add(code.substring(0, length));
        }
        return em.createQuery("select a from Account a where a.code in :prefixes", Account.class)
                .setParameter("prefixes", prefixes)
                .getResultStream()
                .max((a, b) -> Integer.compare(a.code().length(), b.code().length()));
    }

    private boolean hasPostings(Account account) {
        Number lines = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM account_period_balance WHERE account_id = ?1 AND (debit_total > 0 OR credit_total > 0)")
                .setParameter(1, account.id()).getSingleResult();
        return lines.longValue() > 0;
    }

    private void createBalanceRows(Account account) {
        em.createNativeQuery("INSERT INTO account_year_balance (account_id, fiscal_year, opening_debit, opening_credit, "
                        + "debit_total, credit_total, heading_id) SELECT ?1, y.fiscal_year, 0, 0, 0, 0, ?2 FROM fiscal_year y")
                .setParameter(1, account.id())
                .setParameter(2, account.headingId())
                .executeUpdate();
    }
}
