package sn.pmas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PostingService;
import sn.pmas.party.PartyService;

/** Loads the demo year when asked to ({@code -Dpmas.demo=true}) and the database has no 2025 yet. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    static final int DEMO_YEAR = 2025;
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @EJB
    private PostingService posting;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("pmas.demo") || calendar.yearExists(DEMO_YEAR)) {
            return;
        }
        try {
            calendar.openYear(DEMO_YEAR);
            calendar.openYear(DEMO_YEAR + 1);
            for (DemoParties.DemoParty party : DemoParties.all()) {
                parties.create(party.code(), party.type(), party.details());
            }
            int entries = posting.postAll(new DemoYear(DEMO_YEAR).entries()).size();
            LOG.info(() -> "Demo data loaded: fiscal year " + DEMO_YEAR + ", " + entries + " entries");
        } catch (LedgerException e) {
            throw new IllegalStateException("the demo data set breaks a ledger rule: " + e.getMessage(), e);
        }
    }
}
