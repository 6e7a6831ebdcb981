package sn.pmas.fiscalcalendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sn.pmas.ledger.AccountService;
import sn.pmas.ledger.AccountView;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.Roles;

/** The catalogue of tax and social obligations: each one's rules as dated versions, history kept. */
@Stateless
@PermitAll
public class Obligations {

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private AccountService accounts;

    private final Clock clock = Clock.systemUTC();

    public List<ObligationView> list() {
        Map<Long, List<ObligationVersion>> versions = em.createQuery("select v from ObligationVersion v", ObligationVersion.class)
                .getResultStream().collect(Collectors.groupingBy(ObligationVersion::obligationId));
        return new Catalogue(em).obligations().stream()
                .map(obligation -> view(obligation, versions.getOrDefault(obligation.id(), List.of()))).toList();
    }

    public ObligationView find(String code) throws LedgerException {
        TaxObligation obligation = new Catalogue(em).obligation(code);
        return view(obligation, new Catalogue(em).versionsOf(obligation.id()));
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ObligationView create(String code, String name, ObligationTerms terms) throws LedgerException {
        if (code == null || !code.strip().matches("[A-Z0-9][A-Z0-9-]{1,29}")) {
            throw new LedgerException(Rejection.FIELD_INVALID, "code", "Code attendu : majuscules, chiffres et tirets, 2 à 30 caractères (reçu : " + code + ").");
        }
        if (name == null || name.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "name", "Le libellé de l'obligation est obligatoire.");
        }
        checkAccount(terms);
        if (new Catalogue(em).obligations().stream().anyMatch(existing -> existing.code().equals(code.strip()))) {
            throw new LedgerException(Rejection.OBLIGATION_EXISTS, "code", "L'obligation " + code + " existe déjà.");
        }
        TaxObligation obligation = new TaxObligation(code.strip(), name.strip());
        em.persist(obligation);
        em.flush();
        em.persist(new ObligationVersion(obligation.id(), terms, session.getCallerPrincipal().getName(), clock.instant()));
        return find(obligation.code());
    }

    /** A new version from its date; occurrences already generated keep the version they were made with. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ObligationView addVersion(String code, ObligationTerms terms) throws LedgerException {
        TaxObligation obligation = new Catalogue(em).obligation(code);
        checkAccount(terms);
        if (new Catalogue(em).versionsOf(obligation.id()).stream().anyMatch(version -> version.validFrom().equals(terms.validFrom()))) {
            throw new LedgerException(Rejection.OBLIGATION_EXISTS, "validFrom",
                    "L'obligation " + code + " a déjà une version au " + terms.validFrom() + ".");
        }
        em.persist(new ObligationVersion(obligation.id(), terms, session.getCallerPrincipal().getName(), clock.instant()));
        return find(code);
    }

    private void checkAccount(ObligationTerms terms) throws LedgerException {
        if (terms.accountCode() == null) {
            return;
        }
        AccountView account = accounts.find(terms.accountCode()).orElseThrow(() -> new LedgerException(
                Rejection.ACCOUNT_UNKNOWN, "accountCode", "Le compte " + terms.accountCode() + " n'existe pas."));
        if (!account.postable() && !"CONTROL".equals(account.kind())) {
            throw new LedgerException(Rejection.ACCOUNT_NOT_POSTABLE, "accountCode",
                    "Le compte " + terms.accountCode() + " est un compte de regroupement : choisir un sous-compte.");
        }
    }

    private static ObligationView view(TaxObligation obligation, List<ObligationVersion> versions) {
        return new ObligationView(obligation.code(), obligation.name(), versions.stream()
                .sorted(Comparator.comparing(ObligationVersion::validFrom).reversed()).map(VersionView::of).toList());
    }
}
