package sn.pmas.incentive;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import sn.pmas.platform.Roles;

/**
 * The incentive's dated parameters, kept as principals' agreements are: versions are only added,
 * the one in force on a date is the latest from on or before it (for the same date, the one
 * recorded last), and the history lists them all, latest first.
 */
@Stateless
@PermitAll
public class IncentiveParameters {

    /** A version as the API and the page show it. */
    public record Version(long id, IncentiveTerms terms, String recordedBy, Instant recordedAt) {
        static Version of(IncentiveParameter parameter) {
            return new Version(parameter.id(), parameter.terms(), parameter.recordedBy(), parameter.recordedAt());
        }
    }

    private static final Comparator<IncentiveParameter> LATEST_FIRST = Comparator
            .comparing((IncentiveParameter p) -> p.terms().validFrom()).thenComparing(IncentiveParameter::id).reversed();

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    public List<Version> history() {
        return all().stream().map(Version::of).toList();
    }

    public Optional<IncentiveParameter> inForce(LocalDate date) {
        return all().stream().filter(p -> !p.terms().validFrom().isAfter(date)).findFirst();
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Version record(IncentiveTerms terms) throws IncentiveException {
        if (terms == null) {
            throw IncentiveException.required("body", "Les paramètres sont obligatoires.");
        }
        terms.check();
        IncentiveParameter parameter = new IncentiveParameter(terms, session.getCallerPrincipal().getName(), clock.instant());
        em.persist(parameter);
        em.flush();
        return Version.of(parameter);
    }

    private List<IncentiveParameter> all() {
        return em.createQuery("select p from IncentiveParameter p", IncentiveParameter.class).getResultStream()
                .sorted(LATEST_FIRST).toList();
    }
}
