package sn.pmas.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IPDFRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

/**
 * The BIRT engine and everything a render needs, free of any container so that it can be exercised
 * outside WildFly. {@link ReportEngineHolder} owns the one instance of the application.
 *
 * <p>Thread-safe: the engine runs separate tasks concurrently and opened designs are only read.
 */
public final class BirtRendering {

    private static final Logger LOG = Logger.getLogger(BirtRendering.class.getName());

    /** App-context keys of BIRT's JDBC driver (org.eclipse.birt.report.data.oda.jdbc.Connection). */
    private static final String PASS_IN_CONNECTION = "OdaJDBCDriverPassInConnection";
    private static final String CLOSE_PASS_IN_CONNECTION = "OdaJDBCDriverPassInConnectionCloseAfterUse";

    /** Reports are French: this locale gives "1 250 000", French month names and dates. */
    private static final Locale REPORT_LOCALE = Locale.FRANCE;

    private static final int MAX_ERRORS_IN_MESSAGE = 3;

    // Held strongly: java.util.logging forgets a level set on a logger nobody references.
    private static final Logger EXCEL_EMITTER_LOG = Logger.getLogger("uk.co.spudsoft");

    private final IReportEngine engine;

    /** Where a render gets its database connection, opened only once the parameters are known good. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private BirtRendering(IReportEngine engine) {
        this.engine = engine;
    }

    /**
     * Starts the BIRT platform and engine. One platform per class loader: call {@link #shutdown()}
     * before starting another.
     */
    public static BirtRendering start() throws BirtException {
        EngineConfig config = new EngineConfig();
        // No log directory: BIRT's records go to java.util.logging, hence to the server log.
        config.setLogConfig(null, Level.WARNING);
        // The XLSX emitter logs an INFO line for every render.
        EXCEL_EMITTER_LOG.setLevel(Level.WARNING);
        Platform.startup(config);
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        if (factory == null) {
            Platform.shutdown();
            throw new IllegalStateException("BIRT report engine factory not found: are all BIRT jars in one class loader?");
        }
        return new BirtRendering(factory.createReportEngine(config));
    }

    /** Parses a report's design from the class path; the result can be shared by all renders. */
    public IReportRunnable open(Report report) throws ReportRenderingException {
        try (InputStream design = BirtRendering.class.getClassLoader().getResourceAsStream(report.designPath())) {
            if (design == null) {
                throw new ReportRenderingException("Report design not on the class path: " + report.designPath());
            }
            return engine.openReportDesign(report.designPath(), design);
        } catch (EngineException | IOException e) {
            throw new ReportRenderingException("Cannot open report design " + report.designPath(), e);
        }
    }

    /**
     * Runs and renders a report in one task.
     *
     * @param design      the report's design, from {@link #open(Report)}
     * @param rows        the rows of a report fed by the application ({@link Report#rowsFromApplication()}),
     *                    which its scripted data set reads from the app context under {@link Report#ROWS}; null otherwise
     * @param connections supplies the connection the data sets read; it is opened after the
     *                    parameters have been checked and always closed here, exactly once
     * @throws InvalidReportParametersException missing, unknown or malformed parameters
     * @throws ReportRenderingException         the engine or the database failed
     */
    public byte[] render(IReportRunnable design, Report report, Map<String, ?> parameters, List<?> rows,
            ReportFormat format, ConnectionSource connections) throws ReportRenderingException {
        checkParameters(report, parameters);
        if (report.rowsFromApplication() != (rows != null)) {
            throw new IllegalArgumentException("Report " + report.code() + (rows == null ? " needs" : " takes no") + " rows");
        }
        long start = System.nanoTime();
        IRunAndRenderTask task = engine.createRunAndRenderTask(design);
        try {
            task.setLocale(REPORT_LOCALE);
            task.setParameterValues(new HashMap<>(parameters));
            if (!task.validateParameters()) {
                // BIRT says no more than that; our own check above should have caught the cause.
                throw new InvalidReportParametersException(null, "Paramètres refusés par le rapport " + report.code());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            task.setRenderOption(renderOption(format, rows, out));
            try (Connection connection = connections.open()) {
                task.setAppContext(appContext(connection, rows));
                task.run();
            }
            failOnErrors(report, task.getErrors());
            byte[] document = format == ReportFormat.PDF
                    ? PdfDocumentInfo.rewrite(out.toByteArray(), report, parameters)
                    : out.toByteArray();
            LOG.fine(() -> String.format("Rendered %s as %s in %d ms (%d bytes)", report.code(), format.code(),
                    (System.nanoTime() - start) / 1_000_000, document.length));
            return document;
        } catch (EngineException e) {
            throw new ReportRenderingException("Report " + report.code() + " failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new ReportRenderingException("Report " + report.code() + ": database connection failed", e);
        } finally {
            task.close();
        }
    }

    /** Stops the engine and the platform; the instance is unusable afterwards. */
    public void shutdown() {
        try {
            engine.destroy();
        } finally {
            Platform.shutdown();
        }
    }

    private static void checkParameters(Report report, Map<String, ?> parameters)
            throws InvalidReportParametersException {
        List<String> problems = new ArrayList<>();
        String firstAtFault = null;
        for (String name : new TreeMap<>(parameters).keySet()) {
            if (!report.parameterFormats().containsKey(name)) {
                problems.add("paramètre inconnu : " + name);
                firstAtFault = firstAtFault == null ? name : firstAtFault;
            }
        }
        for (Map.Entry<String, Pattern> declared : new TreeMap<>(report.parameterFormats()).entrySet()) {
            Object value = parameters.get(declared.getKey());
            if (value == null || value.toString().isBlank()) {
                problems.add("paramètre manquant : " + declared.getKey());
                firstAtFault = firstAtFault == null ? declared.getKey() : firstAtFault;
            } else if (!(value instanceof String text && declared.getValue().matcher(text).matches())) {
                problems.add("paramètre " + declared.getKey() + " invalide : « " + value + " »");
                firstAtFault = firstAtFault == null ? declared.getKey() : firstAtFault;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReportParametersException(firstAtFault,
                    "Rapport " + report.code() + " : " + String.join(" ; ", problems));
        }
    }

    private static IRenderOption renderOption(ReportFormat format, List<?> rows, ByteArrayOutputStream out) {
        RenderOption option = switch (format) {
            case PDF -> {
                PDFRenderOption pdf = new PDFRenderOption();
                // French, left-to-right documents: the bidirectional pass over every text (ICU Bidi
                // and Arabic shaping) cost a tenth of a long statement's render for nothing.
                pdf.setOption(IPDFRenderOption.PDF_BIDI_PROCESSING, Boolean.FALSE);
                pdf.setOption(IPDFRenderOption.PDF_FONT_SUBSTITUTION, !inStandardFonts(rows));
                yield pdf;
            }
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                // A fragment to place inside the application's own page, not a whole document.
                html.setEmbeddable(true);
                html.setHtmlPagination(false);
                html.setEnableMetadata(false);
                yield html;
            }
            case XLSX -> {
                RenderOption xlsx = new RenderOption();
                xlsx.setOption("ExcelEmitter.SingleSheet", Boolean.TRUE);
                yield xlsx;
            }
        };
        option.setOutputFormat(format.code());
        option.setOutputStream(out);
        return option;
    }

    /** @see StandardFontText */
    private static boolean inStandardFonts(List<?> rows) {
        return rows != null && !rows.isEmpty()
                && rows.stream().allMatch(row -> row instanceof StandardFontText text && text.inStandardFonts());
    }

    private static Map<String, Object> appContext(Connection connection, List<?> rows) {
        Map<String, Object> context = new HashMap<>();
        if (rows != null) {
            context.put(Report.ROWS, rows);
        }
        // Data sets fed by a Java event handler (eventHandlerClass) name application classes, which
        // BIRT's own class loader (the EAR's lib/) cannot see.
        context.put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtRendering.class.getClassLoader());
        context.put(PASS_IN_CONNECTION, connection);
        // The caller closes it. Left to BIRT, it may also commit a non-auto-commit connection
        // (a container-managed JTA connection refuses that), and our close would be a second one.
        context.put(CLOSE_PASS_IN_CONNECTION, Boolean.FALSE);
        return context;
    }

    private static void failOnErrors(Report report, List<?> errors) throws ReportRenderingException {
        if (errors == null || errors.isEmpty()) {
            return;
        }
        // Data and script errors do not throw: BIRT still writes a document, without the data.
        String messages = errors.stream().limit(MAX_ERRORS_IN_MESSAGE)
                .map(error -> error instanceof Throwable t ? t.getMessage() : String.valueOf(error))
                .collect(Collectors.joining(" | "));
        ReportRenderingException failure = new ReportRenderingException(
                "Report " + report.code() + " failed with " + errors.size() + " error(s): " + messages,
                errors.get(0) instanceof Throwable t ? t : null);
        errors.stream().skip(1).filter(Throwable.class::isInstance).map(Throwable.class::cast)
                .forEach(failure::addSuppressed);
        throw failure;
    }
}
