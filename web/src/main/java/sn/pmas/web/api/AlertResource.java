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
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.workingfund.AlertState;
import sn.pmas.workingfund.AlertView;
import sn.pmas.workingfund.Alerts;

/** Working-fund alerts and their follow-up. */
@Path("/alerts")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class AlertResource {

    public record FollowUp(String comment) {
    }

    @EJB
    private Alerts alerts;

    @GET
    public List<AlertView> list(@QueryParam("state") String state) throws LedgerException {
        return alerts.list(Params.optionalEnum(state, AlertState.class, "state"));
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.ACCOUNTANT)
    public AlertView acknowledge(@PathParam("id") long id, FollowUp followUp) throws LedgerException {
        return alerts.acknowledge(id, followUp == null ? null : followUp.comment());
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.ACCOUNTANT)
    public AlertView resolve(@PathParam("id") long id, FollowUp followUp) throws LedgerException {
        return alerts.resolve(id, followUp == null ? null : followUp.comment());
    }
}
