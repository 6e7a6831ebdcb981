package sn.pmas.fiscalcalendar;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** Reads of the obligations and their versions, shared by the catalogue and the calendar beans. */
final class Catalogue {

    private final EntityManager em;

    Catalogue(EntityManager em) {
        this.em = em;
    }

    TaxObligation obligation(String code) throws LedgerException {
        return em.createQuery("select o from TaxObligation o where o.code = :code", TaxObligation.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "code", "L'obligation " + code + " n'existe pas."));
    }

    List<TaxObligation> obligations() {
        return em.createQuery("select o from TaxObligation o order by o.code", TaxObligation.class).getResultList();
    }

    /** Latest first. */
    List<ObligationVersion> versionsOf(long obligationId) {
        return em.createQuery("select v from ObligationVersion v where v.obligationId = :id order by v.validFrom desc",
                ObligationVersion.class).setParameter("id", obligationId).getResultList();
    }

    /** The version in force on a day: the latest valid from it or before. */
    static Optional<ObligationVersion> inForce(List<ObligationVersion> latestFirst, LocalDate day) {
        return latestFirst.stream().filter(version -> !version.validFrom().isAfter(day)).findFirst();
    }
}
