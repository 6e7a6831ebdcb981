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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import sn.pmas.bankposition.PositionJournal;
import sn.pmas.bankposition.PositionJournals;
import sn.pmas.bankposition.PositionRow;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The bank position journal of an account (docs/bank-position.md): each day of a span, then the
 * projected position over the 30 days after it; JSON, or the report as PDF or XLSX.
 */
@Path("/bank-position")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class BankPositionResource {

    @EJB
    private PositionJournals journals;
    @EJB
    private ReportRenderer renderer;

    /** {@code from}..{@code to} (at most 366 days; {@code to} today when absent, {@code from} its month's first day). */
    @GET
    @Path("/{code}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response journal(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("format") @DefaultValue("json") String format) throws LedgerException, ReportRenderingException {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now() : Params.date(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.withDayOfMonth(1) : Params.date(from, "from");
        PositionJournal journal = journals.journal(code, start, end);
        return switch (format) {
            case "json" -> Response.ok(journal, MediaType.APPLICATION_JSON).build();
            case "pdf", "xlsx" -> {
                ReportFormat reportFormat = "pdf".equals(format) ? ReportFormat.PDF : ReportFormat.XLSX;
                yield Attachment.of(renderer.render(Report.BANK_POSITION, Map.of("bankAccount", journal.bankAccount(), "from", start.toString(),
                        "to", end.toString()), PositionRow.of(journal), reportFormat), reportFormat.mediaType(),
                        "position-bancaire-" + journal.bankAccount() + "-" + end + "." + reportFormat.code());
            }
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : json, pdf ou xlsx (reçu : " + format + ").");
        };
    }

    /** The projection alone, from the end of {@code from} (today when absent). */
    @GET
    @Path("/{code}/projection")
    public PositionJournal projection(@PathParam("code") String code, @QueryParam("from") String from) throws LedgerException {
        return journals.projection(code, from == null || from.isBlank() ? LocalDate.now() : Params.date(from, "from"));
    }
}
