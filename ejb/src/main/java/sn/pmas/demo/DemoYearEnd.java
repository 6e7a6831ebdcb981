package sn.pmas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import sn.pmas.bankstatement.BankStatements;
import sn.pmas.bankstatement.StatementException;
import sn.pmas.bankstatement.StatementFormat;
import sn.pmas.incentive.IncentiveException;
import sn.pmas.incentive.IncentiveRuns;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.Roles;
import sn.pmas.yearend.YearEndClosing;
import sn.pmas.yearend.YearEndException;

/**
 * The demo year closed as the pool's accountant closes a year (docs/year-end.md, "The demo"):
 * December's statement of each bank account imported and matched, the remaining months closed,
 * the providers' incentive confirmed on the final result when it has something to share (a charge
 * of the year: the statements show the result after it; the demo's 2025 ends in a deficit, so it
 * has not), then the year-end closing with its checks, AN entries of the next year and lock. A start-up bean after {@link DemoSentReports}, which closes January on its own
 * path; each step commits on its own, as the accountant's would. It acts only right after the loader
 * loaded the year: a database kept across restarts (a year reopened, a statement imported by hand)
 * is left as its users made it.
 */
@Singleton
@Startup
@DependsOn({"DemoDataLoader", "DemoSentReports"})
@RunAs(Roles.ACCOUNTANT)
public class DemoYearEnd {

    static final List<String> BANKS = List.of("BQ-MANDANTS", "BQ-POOL");
    private static final int YEAR = DemoDataLoader.DEMO_YEAR;
    /** The Ministry's cheque for an incentive, signed in the first weeks of the next year and held. */
    private static final LocalDate INCENTIVE_CHEQUE = LocalDate.of(YEAR + 1, 1, 15);
    private static final Logger LOG = Logger.getLogger(DemoYearEnd.class.getName());

    @EJB
    private DemoDataLoader loader;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private DemoStatementSamples samples;
    @EJB
    private BankStatements statements;
    @EJB
    private IncentiveRuns incentive;
    @EJB
    private YearEndClosing closing;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void close() {
        try {
            if (!loader.loadedAtThisStart()) {
                return;
            }
            YearMonth december = YearMonth.of(YEAR, 12);
            for (String bank : BANKS) {
                statements.importStatement(StatementFormat.CAMT053, bank, samples.statement(bank, december, StatementFormat.CAMT053), null, null);
            }
            for (var period : calendar.periods(YEAR)) {
                if ("OPEN".equals(period.state())) {
                    calendar.close(YearMonth.parse(period.period()));
                }
            }
            if (incentive.preview(YEAR).sharedAmount() > 0) {
                incentive.confirm(YEAR, "BQ-POOL", INCENTIVE_CHEQUE, null);
            }
            long result = closing.confirm(YEAR).status().history().get(0).result();
            LOG.info(() -> "Demo: " + YEAR + " closed (result " + result + " F), its AN entries on 1 January " + (YEAR + 1));
        } catch (LedgerException | StatementException | IncentiveException | YearEndException e) {
            throw new IllegalStateException("the demo's year-end closing failed: " + e.getMessage(), e);
        }
    }
}
