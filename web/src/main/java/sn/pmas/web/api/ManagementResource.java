package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.YearMonth;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.management.MonthlyDocument;
import sn.pmas.management.MonthlyReports;
import sn.pmas.management.MonthlyTable;
import sn.pmas.management.MonthlyTableReport;
import sn.pmas.party.PartyService;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The monthly tables of management control (docs/management-reports.md), e.g.
 * {@code GET /api/management/monthly/production?month=2025-06&insurer=ASKIA&format=pdf}: tables
 * production, collections, arrears; formats json, pdf, xlsx. Without {@code insurer}, staff get the
 * pool's table; an insurer's user always gets its own insurer's, and another insurer's is 403.
 */
@Path("/management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class ManagementResource {

    @EJB
    private MonthlyReports reports;
    @EJB
    private PartyService parties;
    @Context
    private SecurityContext security;

    @GET
    @Path("/monthly/{table}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response monthly(@PathParam("table") String tableCode, @QueryParam("month") String monthText,
                            @QueryParam("insurer") String requestedInsurer, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        MonthlyTable table = MonthlyTable.fromCode(tableCode).orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "table",
                "Tableau inconnu : " + tableCode + " (attendus : production, collections, arrears)."));
        // Before any read: an insurer's user is held to its own insurer, the pool's table is staff's.
        String insurer = InsurerScope.resolve(security, requestedInsurer, parties);
        YearMonth month = Params.period(monthText, "month");
        ReportFormat document = switch (format) {
            case "json" -> null;
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.XLSX;
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : json, pdf ou xlsx (reçu : " + format + ").");
        };
        MonthlyTableReport report = reports.table(table, month, insurer);
        if (document == null) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        MonthlyDocument rendered = reports.document(report, document);
        return Attachment.of(rendered.content(), rendered.mediaType(), rendered.fileName());
    }
}
