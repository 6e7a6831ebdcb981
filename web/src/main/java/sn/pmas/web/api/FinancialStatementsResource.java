package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.statements.FinancialStatements;
import sn.pmas.statements.FinancialStatementsService;
import sn.pmas.statements.LineAccount;
import sn.pmas.statements.Mapping;
import sn.pmas.statements.MappingRequest;
import sn.pmas.statements.PackageDocument;
import sn.pmas.statements.PackageFormat;
import sn.pmas.statements.PublishOutcome;
import sn.pmas.statements.StatementIssue;
import sn.pmas.statements.StatementKind;
import sn.pmas.statements.StatementsException;

/**
 * The SYCEBNL financial statements (docs/financial-statements.md): a year's statements with the
 * year before and their cross-checks, a line's accounts, the mapping (read; a new version by the
 * accountant), the fiscal package drafted, published as a numbered issue, and downloaded again.
 */
@Path("financial-statements")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class FinancialStatementsResource {

    @EJB
    private FinancialStatementsService service;

    @GET
    @Path("{year}")
    public FinancialStatements statements(@PathParam("year") int year) throws LedgerException {
        return service.statements(year);
    }

    @GET
    @Path("{year}/lines/{statement}/{code}")
    public List<LineAccount> lineAccounts(@PathParam("year") int year, @PathParam("statement") String statement,
                                          @PathParam("code") String code) throws LedgerException {
        StatementKind kind = Params.optionalEnum(statement.toUpperCase(Locale.ROOT), StatementKind.class, "statement");
        return service.lineAccounts(year, kind, code.toUpperCase(Locale.ROOT));
    }

    @GET
    @Path("mapping")
    public Mapping mapping(@QueryParam("year") @DefaultValue("9999") int year) throws LedgerException {
        return service.mapping(year);
    }

    /** 201 with the new version; 200 when the same rules are in force from that year already. */
    @PUT
    @Path("mapping")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response replaceMapping(MappingRequest request) throws LedgerException, StatementsException {
        Params.required(request, "body");
        Mapping before = service.mapping(request.validFromYear());
        Mapping after = service.replaceMapping(request);
        return Response.status(after.version() == before.version() ? 200 : 201).entity(after).build();
    }

    /** The package as the statements stand, not numbered: {@code format} xlsx or pdf. */
    @GET
    @Path("{year}/package")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response draft(@PathParam("year") int year, @QueryParam("format") @DefaultValue("xlsx") String format)
            throws LedgerException, ReportRenderingException {
        return download(service.draft(year, format(format)));
    }

    @GET
    @Path("{year}/issues")
    public List<StatementIssue> issues(@PathParam("year") int year) throws LedgerException {
        return service.issues(year);
    }

    /** 201 with the new issue; 200 with the latest when the figures have not changed; 409 while a cross-check fails. */
    @POST
    @Path("{year}/issues")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response publish(@PathParam("year") int year) throws LedgerException, StatementsException, ReportRenderingException {
        PublishOutcome outcome = service.publish(year);
        return Response.status(outcome.replayed() ? 200 : 201).entity(outcome.issue()).build();
    }

    @GET
    @Path("{year}/issues/{number}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response issue(@PathParam("year") int year, @PathParam("number") int number, @QueryParam("format") @DefaultValue("xlsx") String format)
            throws LedgerException {
        return download(service.issueDocument(year, number, format(format)));
    }

    private static PackageFormat format(String value) throws LedgerException {
        PackageFormat format = Params.optionalEnum(value.toUpperCase(Locale.ROOT), PackageFormat.class, "format");
        Params.required(format, "format");
        return format;
    }

    private static Response download(PackageDocument document) {
        return Response.fromResponse(Attachment.of(document.content(), document.format().mediaType(), document.fileName()))
                .header("X-Content-SHA256", document.sha256()).build();
    }
}
