package sn.pmas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingService;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.SigEvent;
import sn.pmas.sig.SigIngestion;
import sn.pmas.workingfund.AgreementTerms;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.FeeBase;

/**
 * Loads the demo year when asked to ({@code -Dpmas.demo=true}) and the database has no 2025 yet:
 * parties and their agreements, the year's SIG events booked through the ingestion like the SIG's
 * own, and the pool's entries the SIG does not send.
 */
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
    private Agreements agreements;
    @EJB
    private SigIngestion ingestion;
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
                if (party.type() == PartyType.INSURER || party.type() == PartyType.DELEGATING_SCHEME) {
                    agreements.record(party.code(), agreementOf(party.code(), party.type()));
                }
            }
            DemoYear year = new DemoYear("", DEMO_YEAR);
            List<SigEvent> events = year.events(DEMO_YEAR);
            ingestion.ingest(events);
            int entries = posting.postAll(LedgerSource.DEMO, year.poolEntries()).size();
            LOG.info(() -> "Demo data loaded: fiscal year " + DEMO_YEAR + ", " + events.size() + " SIG events, "
                    + entries + " pool entries");
        } catch (LedgerException | EventsRejectedException e) {
            throw new IllegalStateException("the demo data set breaks a ledger rule: " + e.getMessage(), e);
        }
    }

    /** Insurers: 14 % of collected premiums; schemes: 14 % of the funds they send (manual §7.1). */
    private static AgreementTerms agreementOf(String code, PartyType type) {
        boolean insurer = type == PartyType.INSURER;
        return new AgreementTerms(LocalDate.of(DEMO_YEAR, 1, 1), DemoYear.targetLevel(code),
                insurer ? 8_000_000L : 4_000_000L, 20, insurer ? 1_900_000L : 1_500_000L, DemoYear.COMMISSION_RATE,
                insurer ? FeeBase.COLLECTED_PREMIUMS : FeeBase.FUNDS_RECEIVED, "Convention de démonstration");
    }
}
