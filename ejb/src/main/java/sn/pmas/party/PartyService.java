package sn.pmas.party;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import sn.pmas.ledger.AccountService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.Roles;

/** Reference data of third parties; keeps each party's auxiliary account in step with it. */
@Stateless
@PermitAll
public class PartyService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    @PersistenceContext
    private EntityManager em;
    @EJB
    private AccountService accounts;

    public List<PartyView> list(PartyType type) {
        return em.createQuery("select p from Party p where (:type is null or p.type = :type) order by p.type, p.code", Party.class)
                .setParameter("type", type)
                .getResultStream().map(PartyView::of).toList();
    }

    public Optional<PartyView> find(String code) {
        return byCode(code).map(PartyView::of);
    }

    /** Registers a party and opens its auxiliary account under the control account of its type. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PartyView create(String code, PartyType type, PartyDetails details) throws LedgerException {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "code",
                    "Code tiers attendu : 2 à 20 caractères majuscules, chiffres ou tirets (reçu : " + code + ").");
        }
        if (type == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "type",
                    "Le type de tiers est obligatoire (INSURER, DELEGATING_SCHEME, SUBSCRIBER_GROUP, PROVIDER, BROKER).");
        }
        if (byCode(code).isPresent()) {
            throw new LedgerException(Rejection.PARTY_EXISTS, "code", "Le tiers " + code + " existe déjà.");
        }
        check(type, details);
        Party party = new Party(code, type);
        party.apply(details);
        em.persist(party);
        em.flush();
        accounts.openAuxiliary(type.controlAccountCode(), code, party.name(), party.id());
        return PartyView.of(party);
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PartyView update(String code, PartyDetails details) throws LedgerException {
        Party party = byCode(code).orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "code",
                "Le tiers " + code + " n'existe pas."));
        check(party.type(), details);
        party.apply(details);
        accounts.followParty(party.id(), party.name(), party.active());
        return PartyView.of(party);
    }

    private static void check(PartyType type, PartyDetails details) throws LedgerException {
        if (details == null || details.name() == null || details.name().isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "name", "Le nom du tiers est obligatoire.");
        }
        if (details.name().length() > 200) {
            throw new LedgerException(Rejection.FIELD_INVALID, "name", "Le nom du tiers dépasse 200 caractères.");
        }
        if ((type == PartyType.DELEGATING_SCHEME) != (details.schemeKind() != null)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "schemeKind",
                    "La nature (MUTUELLE, IPM, PUBLIC_PURCHASING_FUND, SELF_INSURANCE) se renseigne pour les usagers en délégation, et pour eux seuls.");
        }
        boolean provider = type == PartyType.PROVIDER;
        if (provider != (details.conventionType() != null)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "conventionType",
                    "Le type de convention (HOSPITAL, PUBLIC_FACILITY, PRIVATE_FACILITY, PHARMACY) se renseigne pour les prestataires, et pour eux seuls.");
        }
        if (provider != (details.paymentTermDays() != null)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "paymentTermDays",
                    "Le délai de paiement de la convention se renseigne pour les prestataires, et pour eux seuls.");
        }
        if (provider && (details.paymentTermDays() < 0 || details.paymentTermDays() > 365)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "paymentTermDays",
                    "Délai de paiement entre 0 et 365 jours (reçu : " + details.paymentTermDays() + ").");
        }
    }

    private Optional<Party> byCode(String code) {
        return em.createQuery("select p from Party p where p.code = :code", Party.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
