package sn.pmas.audittrail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals every committed entry awaiting its seal, batch after batch: every few seconds, and on
 * demand before a verification or an export. Sealing is the ledger's bookkeeping of what was
 * posted, not a user's write: any role that reads may trigger it. Two sealers (the timer, a
 * request, another server) wait for each other on the sealer's row.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ChainSealer {

    private static final Logger LOG = Logger.getLogger(ChainSealer.class.getName());

    @EJB
    private SealingBatch batch;

    /** @return how many entries were sealed */
    public long sealAll() {
        long sealed = 0;
        for (int count = batch.sealNext(); count > 0; count = batch.sealNext()) {
            sealed += count;
        }
        return sealed;
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "audit trail sealing")
    void sealOnTimer() {
        try {
            sealAll();
        } catch (EJBException | IllegalStateException e) {
            // a lock timeout behind a long posting: the entries wait for the next run, none is lost
            LOG.log(Level.WARNING, "sealing postponed to the next run", e);
        }
    }
}
