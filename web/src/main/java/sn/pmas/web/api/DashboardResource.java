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
import java.time.LocalDate;
import java.util.Map;
import sn.pmas.dashboard.Dashboard;
import sn.pmas.dashboard.DashboardLine;
import sn.pmas.dashboard.Dashboards;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The directors' dashboard (docs/dashboard.md): {@code GET /api/dashboard?asOf=2025-12-31&format=json|pdf}
 * ({@code asOf} today when absent). Staff only: it shows every principal.
 */
@Path("/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class DashboardResource {

    @EJB
    private Dashboards dashboards;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response dashboard(@QueryParam("asOf") String asOfText, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        LocalDate asOf = asOfText == null ? LocalDate.now() : Params.date(asOfText, "asOf");
        if (!"json".equals(format) && !"pdf".equals(format)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : json ou pdf (reçu : " + format + ").");
        }
        Dashboard dashboard = dashboards.on(asOf);
        if ("json".equals(format)) {
            return Response.ok(dashboard, MediaType.APPLICATION_JSON).build();
        }
        return Attachment.pdf(renderer.render(Report.DASHBOARD, Map.of("asOf", asOf.toString()), DashboardLine.of(dashboard), ReportFormat.PDF),
                "tableau-de-bord-" + asOf);
    }
}
