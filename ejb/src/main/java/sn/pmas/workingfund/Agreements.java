package sn.pmas.workingfund;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.party.PartyType;
import sn.pmas.platform.DatedVersion;
import sn.pmas.platform.Roles;

/** The dated agreements of principals: working-fund levels, alert thresholds, fee rate and base. */
@Stateless
@PermitAll
public class Agreements {

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    public Optional<AgreementView> inForce(String principalCode, LocalDate date) throws LedgerException {
        Party principal = Principals.require(em, principalCode);
        return inForce(versions(List.of(principal.id())).getOrDefault(principal.id(), List.of()), date)
                .map(agreement -> AgreementView.of(principalCode, agreement));
    }

    public List<AgreementView> history(String principalCode) throws LedgerException {
        Party principal = Principals.require(em, principalCode);
        return versions(List.of(principal.id())).getOrDefault(principal.id(), List.of()).stream()
                .map(agreement -> AgreementView.of(principalCode, agreement)).toList();
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public AgreementView record(String principalCode, AgreementTerms terms) throws LedgerException {
        Party principal = Principals.require(em, principalCode);
        check(principal.type(), terms);
        PrincipalAgreement agreement = new PrincipalAgreement(principal.id(), terms,
                session.getCallerPrincipal().getName(), clock.instant());
        em.persist(agreement);
        em.flush();
        return AgreementView.of(principalCode, agreement);
    }

    /** Every version of the given principals, latest first. */
    public Map<Long, List<PrincipalAgreement>> versions(Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from PrincipalAgreement a where a.partyId in :ids", PrincipalAgreement.class)
                .setParameter("ids", partyIds)
                .getResultStream()
                .sorted(DatedVersion.LATEST_FIRST)
                .collect(Collectors.groupingBy(PrincipalAgreement::partyId, Collectors.toList()));
    }

    /** The version in force on {@code date} among versions sorted latest first. */
    public static Optional<PrincipalAgreement> inForce(List<PrincipalAgreement> latestFirst, LocalDate date) {
        return DatedVersion.inForce(latestFirst, date);
    }

    static void check(PartyType type, AgreementTerms terms) throws LedgerException {
        if (terms == null || terms.validFrom() == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "validFrom", "La date d'effet de la convention est obligatoire.");
        }
        if (terms.targetLevel() == null || terms.targetLevel() < 0) {
            throw new LedgerException(Rejection.FIELD_INVALID, "targetLevel",
                    "Le niveau cible du fonds de roulement est obligatoire, positif ou nul (reçu : " + terms.targetLevel() + ").");
        }
        if (terms.floorAmount() == null && terms.floorDays() == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "floorAmount",
                    "Le seuil d'alerte se donne en montant (floorAmount), en jours de couverture (floorDays), ou les deux.");
        }
        if (terms.floorAmount() != null && (terms.floorAmount() < 0 || terms.floorAmount() > terms.targetLevel())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "floorAmount",
                    "Le seuil d'alerte est compris entre 0 et le niveau cible (reçu : " + terms.floorAmount() + ").");
        }
        if (terms.floorDays() != null && (terms.floorDays() < 0 || terms.floorDays() > 366)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "floorDays",
                    "Le seuil en jours de couverture est compris entre 0 et 366 (reçu : " + terms.floorDays() + ").");
        }
        if (terms.singleClaimLimit() == null || terms.singleClaimLimit() <= 0) {
            throw new LedgerException(Rejection.FIELD_INVALID, "singleClaimLimit",
                    "Le montant d'alerte par sinistre est obligatoire et positif (reçu : " + terms.singleClaimLimit() + ").");
        }
        BigDecimal rate = terms.feeRate();
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.stripTrailingZeros().scale() > 4) {
            throw new LedgerException(Rejection.FIELD_INVALID, "feeRate",
                    "Le taux de commission s'écrit en fraction, 4 décimales au plus, entre 0 et 1 (0.14 pour 14 %) (reçu : " + rate + ").");
        }
        if (terms.feeBase() == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "feeBase",
                    "L'assiette de la commission est obligatoire (COLLECTED_PREMIUMS ou FUNDS_RECEIVED).");
        }
        if (type == PartyType.DELEGATING_SCHEME && terms.feeBase() != FeeBase.FUNDS_RECEIVED) {
            throw new LedgerException(Rejection.FIELD_INVALID, "feeBase",
                    "Un usager en délégation n'a pas de primes : ses honoraires portent sur les fonds gérés (FUNDS_RECEIVED).");
        }
        if (terms.comment() != null && terms.comment().length() > 500) {
            throw new LedgerException(Rejection.FIELD_INVALID, "comment", "Le commentaire dépasse 500 caractères.");
        }
    }
}
