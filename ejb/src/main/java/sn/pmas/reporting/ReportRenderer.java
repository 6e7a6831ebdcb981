package sn.pmas.reporting;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Renders catalogue reports from the ledger database.
 *
 * <p>Errors: {@link InvalidReportParametersException} for bad input (answer 400), any other
 * {@link ReportRenderingException} for an engine or database failure (answer 500).
 *
 * <p>No transaction: a report is one read-only query, and rendering can take long enough that a
 * transaction held open meanwhile would only risk its timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportRenderer {

    @EJB
    private ReportEngineHolder engine;

    @Resource(lookup = "java:jboss/datasources/PmasLedgerDS")
    private DataSource dataSource;

    /**
     * @param parameters report parameter values by name, e.g. {@code period = "2025-03"} for
     *                   {@link Report#TRIAL_BALANCE}; see {@link Report#parameterFormats()}
     * @return the document, of {@link ReportFormat#mediaType()}
     */
    public byte[] render(Report report, Map<String, Object> parameters, ReportFormat format)
            throws ReportRenderingException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        return engine.render(report, parameters == null ? Map.of() : parameters, null, format, dataSource::getConnection);
    }

    /**
     * Renders a report whose rows the application computed ({@link Report#rowsFromApplication()}),
     * so that the document shows exactly what the same rows give as JSON or CSV.
     */
    public byte[] render(Report report, Map<String, Object> parameters, List<?> rows, ReportFormat format)
            throws ReportRenderingException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(format, "format");
        return engine.render(report, parameters == null ? Map.of() : parameters, List.copyOf(rows), format,
                dataSource::getConnection);
    }
}
