package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Map;
import sn.pmas.currentaccount.TreasuryTracking;
import sn.pmas.currentaccount.TreasuryTrackingTable;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/** The "Tableau de suivi de trésorerie compagnies et clients" of a month, as JSON, CSV or PDF (the same rows). */
@Path("/treasury-tracking")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class TreasuryTrackingResource {

    @EJB
    private TreasuryTrackingTable table;
    @EJB
    private ReportRenderer renderer;

    @GET
    public Response month(@QueryParam("month") String monthText, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        YearMonth month = Params.period(monthText, "month");
        TreasuryTracking tracking = table.month(month);
        String fileName = "suivi-tresorerie-" + month;
        return switch (format) {
            case "csv" -> Attachment.csv(TreasuryTrackingCsv.of(tracking), fileName);
            case "pdf" -> Attachment.pdf(renderer.render(Report.TREASURY_TRACKING, Map.of("month", month.toString()),
                    tracking.rows(), ReportFormat.PDF), fileName);
            case "json" -> Response.ok(tracking, MediaType.APPLICATION_JSON).build();
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format",
                    "Format attendu : json, csv ou pdf (reçu : " + format + ").");
        };
    }
}
