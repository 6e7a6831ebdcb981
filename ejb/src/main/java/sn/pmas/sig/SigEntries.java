package sn.pmas.sig;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;
import sn.pmas.ledger.LedgerSource;

/**
 * The SIG owns the entries it booked: a claim's entry is undone by the event CLAIM_CANCELLED, so
 * that the claims register and the ledger never disagree; the other events are corrected by the
 * SIG's own correcting events.
 */
@Stateless
public class SigEntries implements EntryOwner {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!LedgerSource.SIG.code().equals(source)) {
            return Optional.empty();
        }
        EventType type = em.createQuery("select e.type from SigEventRecord e where e.reference = :reference", EventType.class)
                .setParameter("reference", sourceReference)
                .getResultStream().findFirst().orElse(null);
        if (type == EventType.CLAIM_VALIDATED) {
            return Optional.of("Sinistre " + sourceReference + " (événement SIG CLAIM_VALIDATED) : l'annuler par l'événement SIG "
                    + "CLAIM_CANCELLED avec \"claim\": \"" + sourceReference + "\" (POST /api/sig/events).");
        }
        return Optional.of("Événement SIG " + (type == null ? "" : type + " ") + sourceReference
                + " : le SIG le corrige par un nouvel événement, sous une nouvelle référence.");
    }
}
