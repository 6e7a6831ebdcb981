package sn.pmas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequePreparation;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.Cheques;
import sn.pmas.commission.CommissionAgreements;
import sn.pmas.budget.Budgets;
import sn.pmas.commission.CommissionRuns;
import sn.pmas.fiscalcalendar.ObligationCheques;
import sn.pmas.fiscalcalendar.Reminders;
import sn.pmas.fiscalcalendar.TaxCalendar;
import sn.pmas.incoming.DepositSlips;
import sn.pmas.incoming.IncomingChequeException;
import sn.pmas.incoming.IncomingCheques;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingService;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.platform.Roles;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.SigEvent;
import sn.pmas.sig.SigIngestion;
import sn.pmas.workingfund.AgreementTerms;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.FeeBase;
import sn.pmas.workingfund.FundCalls;

/**
 * Loads the demo year when asked to ({@code -Dpmas.demo=true}) and the database has no 2025 yet:
 * parties and their agreements, the year's SIG events booked through the ingestion like the SIG's
 * own, the pool's entries the SIG does not send, and the year's fiscal calendar.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@RunAs(Roles.ACCOUNTANT) // the beans it calls check their roles at start-up too
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
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private ChequePreparation chequePreparation;
    @EJB
    private Cheques cheques;
    @EJB
    private ChequeReleases chequeReleases;
    @EJB
    private TaxCalendar taxCalendar;
    @EJB
    private Reminders reminders;
    @EJB
    private FundCalls fundCalls;
    @EJB
    private IncomingCheques incomingCheques;
    @EJB
    private DepositSlips depositSlips;
    @EJB
    private ObligationCheques obligationCheques;
    @EJB
    private CommissionAgreements commissionAgreements;
    @EJB
    private CommissionRuns commissionRuns;
    @EJB
    private Budgets budgets;
    private boolean loaded;

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
            ingestion.ingest(DemoStatementSamples.topUps(DEMO_YEAR));
            int entries = posting.postAll(LedgerSource.DEMO, year.poolEntries()).size()
                    + posting.postAll(LedgerSource.DEMO, DemoFiscalCalendar.payrollAndInvoices(DEMO_YEAR)).size();
            new DemoCheques(bankAccounts, chequePreparation, cheques, chequeReleases, posting, DEMO_YEAR).load();
            // before the fiscal follow-up: the tax withheld on commissions is in the 5 % withholding it declares
            new DemoCommissions(new DemoCommissions.Services(commissionAgreements, commissionRuns, bankAccounts, cheques, chequeReleases),
                    DEMO_YEAR).load();
            DemoFiscalCalendar.followUp(new DemoFiscalCalendar.DemoTreasury(taxCalendar, obligationCheques, cheques, chequeReleases, posting),
                    DEMO_YEAR);
            new DemoIncomingCheques(fundCalls, incomingCheques, depositSlips, DEMO_YEAR).load();
            // the current year's first quarter, whose front-office commissions are the newcomer's to run
            DemoYear firstQuarter = new DemoYear("", DEMO_YEAR + 1);
            List<SigEvent> quarterEvents = firstQuarter.events(YearMonth.of(DEMO_YEAR + 1, 1), 3);
            ingestion.ingest(quarterEvents);
            posting.postAll(LedgerSource.DEMO, firstQuarter.poolEntries());
            DemoBudget.prepare(budgets, DEMO_YEAR);
            // today's reminders at once, rather than at the timer's first morning
            reminders.run(LocalDate.now());
            loaded = true;
            LOG.info(() -> "Demo data loaded: fiscal year " + DEMO_YEAR + ", " + events.size() + " SIG events, "
                    + entries + " pool entries; " + quarterEvents.size() + " SIG events in " + (DEMO_YEAR + 1) + "-Q1");
        } catch (LedgerException | EventsRejectedException | IncomingChequeException e) {
            throw new IllegalStateException("the demo data set breaks a ledger rule: " + e.getMessage(), e);
        }
    }

    /** Whether this start loaded the demo year (the year-end then closes it: {@link DemoYearEnd}). */
    @PermitAll
    public boolean loadedAtThisStart() {
        return loaded;
    }

    /** Insurers: 14 % of collected premiums; schemes: 14 % of the funds they send (manual §7.1). */
    private static AgreementTerms agreementOf(String code, PartyType type) {
        boolean insurer = type == PartyType.INSURER;
        return new AgreementTerms(LocalDate.of(DEMO_YEAR, 1, 1), DemoYear.targetLevel(code),
                insurer ? 8_000_000L : 4_000_000L, 20, insurer ? 1_900_000L : 1_500_000L, DemoYear.COMMISSION_RATE,
                insurer ? FeeBase.COLLECTED_PREMIUMS : FeeBase.FUNDS_RECEIVED, "Convention de démonstration");
    }
}
