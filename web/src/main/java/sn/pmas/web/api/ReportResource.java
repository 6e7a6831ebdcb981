package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.ledger.TrialBalanceQuery;
import sn.pmas.ledger.TrialBalanceRow;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * BIRT reports of the catalogue, e.g. {@code GET /api/reports/trial-balance?period=2025-03&format=pdf}.
 * Every query parameter but {@code format} is a report parameter.
 */
@Path("/reports")
@RequestScoped
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class ReportResource {

    @EJB
    private ReportRenderer renderer;
    @EJB
    private TrialBalanceQuery trialBalances;
    @Context
    private UriInfo uri;

    @GET
    @Path("/{report}")
    public Response render(@PathParam("report") String code, @QueryParam("format") @DefaultValue("pdf") String formatCode)
            throws LedgerException, ReportRenderingException {
        // A report fed by the application is served by its own resource (e.g. /api/treasury-tracking),
        // but for the trial balance, whose rows this resource asks the ledger for.
        Report report = Report.fromCode(code).filter(found -> !found.rowsFromApplication() || found == Report.TRIAL_BALANCE)
                .orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "report", "Le rapport " + code + " n'existe pas."));
        ReportFormat format;
        try {
            format = ReportFormat.fromCode(formatCode);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : pdf, html ou xlsx (reçu : " + formatCode + ").");
        }
        Map<String, Object> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!"format".equals(name)) {
                parameters.put(name, values.get(0));
            }
        });
        byte[] document = report == Report.TRIAL_BALANCE
                ? renderer.render(report, parameters, trialBalanceRows(parameters.get("period")), format)
                : renderer.render(report, parameters, format);
        String fileName = report.code() + parameters.values().stream().map(v -> "-" + v).reduce("", String::concat)
                + "." + format.fileExtension();
        String disposition = format == ReportFormat.HTML ? "inline" : "attachment";
        return Response.ok(document, format.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"")
                .build();
    }

    /** The month's rows; none for a missing or malformed period, which the renderer then names. */
    private List<TrialBalanceRow> trialBalanceRows(Object period) throws LedgerException {
        if (period == null || !Report.TRIAL_BALANCE.parameterFormats().get("period").matcher(period.toString()).matches()) {
            return List.of();
        }
        YearMonth month = YearMonth.parse(period.toString());
        return trialBalances.forPeriods(month, month).rows();
    }
}
