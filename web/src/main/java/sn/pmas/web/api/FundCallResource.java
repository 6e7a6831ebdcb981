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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.workingfund.FundCallProposal;
import sn.pmas.workingfund.FundCallView;
import sn.pmas.workingfund.FundCalls;

/**
 * Fund calls to principals: proposal, issue, follow-up and the PDF (call letter and état). An
 * insurer's users see their own insurer's calls only.
 */
@Path("/fund-calls")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class FundCallResource {

    /** {@code amount} null: the proposed amount; {@code issuedOn} null: today. */
    public record NewFundCall(String principal, Long amount, LocalDate issuedOn) {
    }

    @EJB
    private FundCalls fundCalls;
    @EJB
    private ReportRenderer renderer;
    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @GET
    public List<FundCallView> list(@QueryParam("principal") String principal) throws LedgerException {
        if (principal != null) {
            InsurerScope.check(security, principal);
        }
        return fundCalls.list(principal).stream().filter(call -> InsurerScope.allows(security, call.principalCode())).toList();
    }

    @GET
    @Path("/proposal")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
    public FundCallProposal proposal(@QueryParam("principal") String principal, @QueryParam("asOf") String asOf)
            throws LedgerException {
        Params.required(principal, "principal");
        return fundCalls.propose(principal, asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"));
    }

    /** 201 with the call and its Location. */
    @POST
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response issue(NewFundCall request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.principal(), "principal");
        FundCallView call = fundCalls.issue(request.principal(), request.amount(),
                request.issuedOn() == null ? LocalDate.now() : request.issuedOn());
        return Response.created(uri.getAbsolutePathBuilder().path(call.number()).build()).entity(call).build();
    }

    @GET
    @Path("/{number}")
    public FundCallView get(@PathParam("number") String number) throws LedgerException {
        FundCallView call = fundCalls.find(number);
        InsurerScope.check(security, call.principalCode());
        return call;
    }

    /** Page 1 the call letter, page 2 the état des fonds encaissés et des dépenses supportées. */
    @GET
    @Path("/{number}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("number") String number) throws LedgerException, ReportRenderingException {
        FundCallView call = get(number);
        return Attachment.pdf(renderer.render(Report.FUND_CALL, Map.of("call", call.number()), ReportFormat.PDF),
                "appel-de-fonds-" + call.number());
    }
}
