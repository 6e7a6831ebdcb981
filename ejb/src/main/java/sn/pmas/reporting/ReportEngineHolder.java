package sn.pmas.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import sn.pmas.platform.DatabaseMigrator;

/**
 * Owns the application's single BIRT engine: BIRT allows one platform per class loader, and
 * starting it takes seconds, so it is started with the application and every design is parsed then.
 *
 * <p>Bean-managed concurrency: after start-up nothing here changes, and the engine runs concurrent
 * tasks itself, so container locking would only serialise renders. A design that fails to start
 * fails the deployment, which is wanted: a misconfigured engine should not go unnoticed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportEngineHolder {

    private static final Logger LOG = Logger.getLogger(ReportEngineHolder.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private volatile BirtRendering rendering;
    private volatile Map<Report, IReportRunnable> designs;

    @PostConstruct
    void start() {
        long begin = System.nanoTime();
        try {
            BirtRendering started = BirtRendering.start();
            Map<Report, IReportRunnable> opened = new EnumMap<>(Report.class);
            try {
                for (Report report : Report.values()) {
                    opened.put(report, started.open(report));
                }
            } catch (ReportRenderingException e) {
                started.shutdown();
                throw new IllegalStateException(e.getMessage(), e);
            }
            designs = opened;
            rendering = started;
        } catch (BirtException e) {
            throw new IllegalStateException("Cannot start the BIRT report engine", e);
        }
        LOG.info(() -> String.format("BIRT report engine started, %d design(s) opened in %d ms",
                Report.values().length, (System.nanoTime() - begin) / 1_000_000));
        warmUp();
    }

    /**
     * The first rendering in a JVM loads and links most of BIRT (about a second per format):
     * pay it at start-up rather than on a user's first request. A failure here is only logged;
     * the same failure on a real request is reported to its caller.
     */
    private void warmUp() {
        long begin = System.nanoTime();
        Map<String, String> currentMonth = Map.of("period", YearMonth.now().toString());
        try {
            for (ReportFormat format : ReportFormat.values()) {
                render(Report.TRIAL_BALANCE, currentMonth, List.of(), format, dataSource::getConnection);
            }
            LOG.info(() -> String.format("BIRT report engine warmed in %d ms", (System.nanoTime() - begin) / 1_000_000));
        } catch (ReportRenderingException e) {
            LOG.log(Level.WARNING, "BIRT warm-up rendering failed", e);
        }
    }

    @PreDestroy
    void stop() {
        BirtRendering stopping = rendering;
        rendering = null;
        designs = null;
        if (stopping != null) {
            stopping.shutdown();
        }
    }

    /** @see BirtRendering#render */
    public byte[] render(Report report, Map<String, ?> parameters, List<?> rows, ReportFormat format,
            BirtRendering.ConnectionSource connections) throws ReportRenderingException {
        BirtRendering current = rendering;
        Map<Report, IReportRunnable> currentDesigns = designs;
        if (current == null || currentDesigns == null) {
            throw new ReportRenderingException("The report engine is stopped");
        }
        return current.render(currentDesigns.get(report), report, parameters, rows, format, connections);
    }
}
