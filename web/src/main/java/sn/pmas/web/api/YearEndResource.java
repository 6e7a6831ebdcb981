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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.yearend.AllocationRequest;
import sn.pmas.yearend.ClosingCheck;
import sn.pmas.yearend.ClosingOutcome;
import sn.pmas.yearend.ResultPreview;
import sn.pmas.yearend.YearEndClosing;
import sn.pmas.yearend.YearEndException;
import sn.pmas.yearend.YearEndStatus;

/** Closing a fiscal year (docs/year-end.md): checks, preview, confirmation, reopening (administrators), allocation. */
@Path("fiscal-years/{year}/closing")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class YearEndResource {

    public record Reopening(String reason) {
    }

    public record Allocation(String approvedOn, Long decidedAmount, String decidedAccount) {
    }

    @EJB
    private YearEndClosing closing;

    @GET
    public YearEndStatus status(@PathParam("year") String year) throws LedgerException {
        return closing.status(year(year));
    }

    @GET
    @Path("checks")
    public List<ClosingCheck> checks(@PathParam("year") String year) throws LedgerException {
        return closing.checks(year(year));
    }

    @GET
    @Path("preview")
    public ResultPreview preview(@PathParam("year") String year) throws LedgerException {
        return closing.preview(year(year));
    }

    /** 201 when this call closed the year, 200 when it was closed already (a replay). */
    @POST
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response confirm(@PathParam("year") String year) throws LedgerException, YearEndException {
        return answer(closing.confirm(year(year)));
    }

    @POST
    @Path("reopen")
    @RolesAllowed(Roles.ADMIN)
    public Response reopen(@PathParam("year") String year, Reopening reopening) throws LedgerException, YearEndException {
        Params.required(reopening, "body");
        return answer(closing.reopen(year(year), reopening.reason()));
    }

    @POST
    @Path("allocation")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response allocate(@PathParam("year") String year, Allocation allocation) throws LedgerException, YearEndException {
        Params.required(allocation, "body");
        long decided = allocation.decidedAmount() == null ? 0 : allocation.decidedAmount();
        return answer(closing.allocate(year(year), new AllocationRequest(Params.date(allocation.approvedOn(), "approvedOn"), decided,
                allocation.decidedAccount())));
    }

    private static Response answer(ClosingOutcome outcome) {
        return Response.status(outcome.replayed() ? 200 : 201).entity(outcome.status()).build();
    }

    private static int year(String value) throws LedgerException {
        return Params.year(value, "year");
    }
}
