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
import java.util.List;
import java.util.Map;
import sn.pmas.currentaccount.BalanceConfirmation;
import sn.pmas.currentaccount.BalanceConfirmations;
import sn.pmas.currentaccount.ConfirmationView;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * Quarterly confirmations of principals' current-account balances: issue (one principal, or every
 * active principal at once), the letter (PDF) and the principal's answer. An insurer's users see
 * their own insurer's confirmations only.
 */
@Path("/confirmations")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class BalanceConfirmationResource {

    public record NewConfirmation(String principal, String quarter) {
    }

    /** {@code answer}: AGREED or DISPUTED; a dispute needs the principal's observations as comment. */
    public record PrincipalAnswer(String answer, String comment) {
    }

    public record QuarterIssue(String quarter, List<ConfirmationView> issued) {
    }

    @EJB
    private BalanceConfirmations confirmations;
    @EJB
    private ReportRenderer renderer;
    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @GET
    public List<ConfirmationView> list(@QueryParam("principal") String principal, @QueryParam("quarter") String quarter)
            throws LedgerException {
        if (principal != null) {
            InsurerScope.check(security, principal);
        }
        return confirmations.list(principal, quarter).stream()
                .filter(confirmation -> InsurerScope.allows(security, confirmation.principalCode())).toList();
    }

    /** 201 with the confirmation and its Location; 409 when the quarter is already confirmed for the principal. */
    @POST
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response issue(NewConfirmation request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.principal(), "principal");
        Params.required(request.quarter(), "quarter");
        ConfirmationView issued = confirmations.issue(request.principal(), request.quarter());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.id())).build()).entity(issued).build();
    }

    /** One confirmation per active principal not yet confirmed for the quarter; lists those issued now. */
    @POST
    @Path("/quarter/{quarter}")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public QuarterIssue issueQuarter(@PathParam("quarter") String quarter) throws LedgerException {
        return new QuarterIssue(quarter, confirmations.issueAll(quarter));
    }

    @GET
    @Path("/{id}")
    public ConfirmationView get(@PathParam("id") long id) throws LedgerException {
        ConfirmationView confirmation = confirmations.find(id);
        InsurerScope.check(security, confirmation.principalCode());
        return confirmation;
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ConfirmationView answer(@PathParam("id") long id, PrincipalAnswer answer) throws LedgerException {
        Params.required(answer, "body");
        return confirmations.answer(id, Params.optionalEnum(answer.answer(), BalanceConfirmation.Answer.class, "answer"),
                answer.comment());
    }

    @GET
    @Path("/{id}/letter")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") long id) throws LedgerException, ReportRenderingException {
        ConfirmationView confirmation = get(id);
        return Attachment.pdf(renderer.render(Report.BALANCE_CONFIRMATION, Map.of("confirmation", String.valueOf(id)),
                ReportFormat.PDF), "confirmation-solde-" + confirmation.principalCode() + "-" + confirmation.quarter());
    }
}
