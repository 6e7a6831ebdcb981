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
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PeriodChangeView;
import sn.pmas.ledger.PeriodView;

/** Fiscal years and periods: open a year, close a period, reopen it (administrators only). */
@Path("/")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class CalendarResource {

    public record NewYear(Integer year) {
    }

    public record Reopening(String reason) {
    }

    @EJB
    private FiscalCalendarService calendar;

    @POST
    @Path("fiscal-years")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response openYear(NewYear year) throws LedgerException {
        Params.required(year == null ? null : year.year(), "year");
        return Response.status(201).entity(calendar.openYear(year.year())).build();
    }

    @GET
    @Path("fiscal-years/{year}/periods")
    public List<PeriodView> periods(@PathParam("year") int year) {
        return calendar.periods(year);
    }

    @POST
    @Path("periods/{period}/close")
    @RolesAllowed(Roles.ACCOUNTANT)
    public PeriodView close(@PathParam("period") String period) throws LedgerException {
        return calendar.close(Params.period(period, "period"));
    }

    @GET
    @Path("periods/{period}/history")
    public List<PeriodChangeView> history(@PathParam("period") String period) throws LedgerException {
        return calendar.history(Params.period(period, "period"));
    }

    @POST
    @Path("periods/{period}/reopen")
    @RolesAllowed(Roles.ADMIN)
    public PeriodView reopen(@PathParam("period") String period, Reopening reopening) throws LedgerException {
        Params.required(reopening, "body");
        return calendar.reopen(Params.period(period, "period"), reopening.reason());
    }
}
