package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.incentive.IncentiveDocuments;
import sn.pmas.incentive.IncentiveException;
import sn.pmas.incentive.IncentiveLetterLine;
import sn.pmas.incentive.IncentiveParameters;
import sn.pmas.incentive.IncentiveRejection;
import sn.pmas.incentive.IncentiveRuns;
import sn.pmas.incentive.IncentiveTable;
import sn.pmas.incentive.IncentiveTerms;
import sn.pmas.incentive.IncentiveWorkbook;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The providers' year-end incentive (docs/provider-incentive.md): its dated parameters, the
 * preview of an ended year, the confirmation that books it and writes the held cheque to the
 * Ministry of Health, and the documents of a confirmed year (workbook, letters, remittance slip).
 */
@Path("/provider-incentive")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class ProviderIncentiveResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A year's table and the total of its shares: what the confirmation books (or booked). */
    public record Preview(IncentiveTable table, long sharedAmount) {
    }

    /** {@code date} null: today; {@code chequeNumber} null: the account's next unused leaf. */
    public record Confirmation(String bankAccount, LocalDate date, Long chequeNumber) {
    }

    @EJB
    private IncentiveRuns runs;
    @EJB
    private IncentiveParameters parameters;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Path("/parameters")
    public List<IncentiveParameters.Version> parameters() {
        return parameters.history();
    }

    @POST
    @Path("/parameters")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response record(IncentiveTerms terms) throws IncentiveException {
        return Response.status(Response.Status.CREATED).entity(parameters.record(terms)).build();
    }

    @GET
    @Path("/runs")
    public List<IncentiveRuns.RunView> runs() {
        return runs.runs();
    }

    @GET
    @Path("/{year}")
    public IncentiveRuns.RunView run(@PathParam("year") String year) throws IncentiveException, LedgerException {
        return runs.run(year(year));
    }

    @GET
    @Path("/{year}/preview")
    public Preview preview(@PathParam("year") String year) throws IncentiveException, LedgerException {
        IncentiveTable table = runs.preview(year(year));
        return new Preview(table, table.sharedAmount());
    }

    /** 201 with the run when this request booked it, 200 with the same run when the year was already confirmed. */
    @POST
    @Path("/{year}/confirmation")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response confirm(@PathParam("year") String year, Confirmation request) throws IncentiveException, LedgerException {
        Params.required(request, "body");
        IncentiveRuns.Confirmation done = runs.confirm(year(year), request.bankAccount(), request.date(), request.chequeNumber());
        return Response.status(done.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(done.run()).build();
    }

    @GET
    @Path("/{year}/workbook")
    @Produces(XLSX)
    public Response workbook(@PathParam("year") String year) throws IncentiveException, LedgerException {
        return Attachment.of(IncentiveWorkbook.write(runs.booked(year(year))), XLSX, "interessement-" + year + ".xlsx");
    }

    /** Every ranked provider's letter, one a page, or one provider's ({@code provider}). */
    @GET
    @Path("/{year}/letters")
    @Produces("application/pdf")
    public Response letters(@PathParam("year") String year, @QueryParam("provider") String provider)
            throws IncentiveException, LedgerException, ReportRenderingException {
        IncentiveTable table = runs.booked(year(year));
        List<IncentiveLetterLine> lines = IncentiveDocuments.letters(table, provider);
        if (lines.isEmpty()) {
            throw new IncentiveException(IncentiveRejection.FIELD_INVALID, "provider",
                    "Le prestataire " + provider + " n'est pas classé pour l'intéressement " + year + ".");
        }
        return Attachment.pdf(renderer.render(Report.INCENTIVE_LETTER, Map.of("year", year), lines, ReportFormat.PDF),
                "interessement-" + year + (provider == null ? "-lettres" : "-" + provider));
    }

    @GET
    @Path("/{year}/slip")
    @Produces("application/pdf")
    public Response slip(@PathParam("year") String year) throws IncentiveException, LedgerException, ReportRenderingException {
        IncentiveRuns.RunView run = runs.run(year(year));
        return Attachment.pdf(renderer.render(Report.INCENTIVE_SLIP, Map.of("year", year, "cheque", run.cheque() == null ? "-" : run.cheque(),
                "confirmedOn", run.confirmedOn().toString()), IncentiveDocuments.slip(runs.booked(run.year())), ReportFormat.PDF),
                "interessement-" + year + "-bordereau");
    }

    private static int year(String value) throws LedgerException {
        if (value == null || !value.matches("\\d{4}")) {
            throw new LedgerException(Rejection.FIELD_INVALID, "year", "Exercice attendu sur quatre chiffres (reçu : " + value + ").");
        }
        return Integer.parseInt(value);
    }
}
