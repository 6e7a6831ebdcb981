package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reconciliation.Reconciliation;
import sn.pmas.reconciliation.Reconciliations;

/** Each sub-ledger's registers against their control accounts at a date (today by default). */
@Path("/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class ReconciliationResource {

    @EJB
    private Reconciliations reconciliations;

    @GET
    public List<Reconciliation> asOf(@QueryParam("asOf") String asOf) throws LedgerException {
        return reconciliations.asOf(asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"));
    }
}
