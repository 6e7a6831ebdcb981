package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.currentaccount.PrincipalStatement;
import sn.pmas.currentaccount.PrincipalStatements;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.workingfund.AgreementTerms;
import sn.pmas.workingfund.AgreementView;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.FundsPosition;
import sn.pmas.workingfund.WorkingFunds;

/** Principals (insurers and delegating schemes): working-fund positions, agreements, current-account statements. */
@Path("/principals")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class PrincipalResource {

    @EJB
    private WorkingFunds workingFunds;
    @EJB
    private Agreements agreements;
    @EJB
    private PrincipalStatements statements;
    @EJB
    private ReportRenderer renderer;
    @Context
    private SecurityContext security;

    @GET
    public List<FundsPosition> positions(@QueryParam("asOf") String asOf) throws LedgerException {
        return workingFunds.positions(asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
    public FundsPosition position(@PathParam("code") String code, @QueryParam("asOf") String asOf) throws LedgerException {
        InsurerScope.check(security, code);
        return workingFunds.position(code, asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"));
    }

    @GET
    @Path("/{code}/agreements")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
    public List<AgreementView> agreements(@PathParam("code") String code) throws LedgerException {
        InsurerScope.check(security, code);
        return agreements.history(code);
    }

    @POST
    @Path("/{code}/agreements")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response recordAgreement(@PathParam("code") String code, AgreementTerms terms) throws LedgerException {
        Params.required(terms, "body");
        return Response.status(201).entity(agreements.record(code, terms)).build();
    }

    /** JSON, CSV or PDF; an insurer's user gets its own insurer's statement only. */
    @GET
    @Path("/{code}/statement")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
    public Response statement(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        InsurerScope.check(security, code);
        PrincipalStatement statement = statements.statement(code, Params.date(from, "from"), Params.date(to, "to"));
        String fileName = "releve-" + code + "-" + from + "-" + to;
        return switch (format) {
            case "json" -> Response.ok(statement, MediaType.APPLICATION_JSON).build();
            case "csv" -> Attachment.csv(StatementCsv.of(statement), fileName);
            case "pdf" -> Attachment.pdf(renderer.render(Report.PRINCIPAL_STATEMENT,
                    Map.of("principal", code, "from", from, "to", to), List.of(statement), ReportFormat.PDF), fileName);
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format",
                    "Format attendu : json, csv ou pdf (reçu : " + format + ").");
        };
    }
}
