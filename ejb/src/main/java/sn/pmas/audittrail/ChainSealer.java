package sn.pmas.audittrail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals every committed entry awaiting its seal, batch after batch: a few seconds after each run
 * (a single-action timer set again when the run ends, so that a long run is never overlapped),
 * and on demand before a verification or an export. Starts after the demo loader, whose year
 * commits in one transaction at start-up. Sealing is the ledger's bookkeeping of what was posted,
 * not a user's write: any role that reads may trigger it. Two sealers (the timer, a request,
 * another server) wait for each other on the sealer's row.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ChainSealer {

    private static final Logger LOG = Logger.getLogger(ChainSealer.class.getName());
    private static final long PAUSE_MILLIS = 5_000;

    @EJB
    private SealingBatch batch;
    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(0, new TimerConfig("audit trail sealing", false));
    }

    /** @return how many entries were sealed */
    public long sealAll() {
        long sealed = 0;
        for (int count = batch.sealNext(); count > 0; count = batch.sealNext()) {
            sealed += count;
        }
        return sealed;
    }

    @Timeout
    void sealOnTimer() {
        try {
            sealAll();
        } catch (EJBException | IllegalStateException e) {
            // a lock timeout behind a long posting: the entries wait for the next run, none is lost
            LOG.log(Level.WARNING, "sealing postponed to the next run", e);
        } finally {
            timers.createSingleActionTimer(PAUSE_MILLIS, new TimerConfig("audit trail sealing", false));
        }
    }
}
