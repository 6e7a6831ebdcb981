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
import sn.pmas.incoming.IncomingChequeException;
import sn.pmas.incoming.IncomingChequeStatus;
import sn.pmas.incoming.IncomingChequeView;
import sn.pmas.incoming.IncomingCheques;
import sn.pmas.ledger.LedgerException;

/**
 * The register of incoming cheques (docs/incoming-cheques.md): received, then deposited on a slip
 * ({@code /api/deposit-slips}), cleared, or returned unpaid.
 */
@Path("/incoming-cheques")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class IncomingChequeResource {

    /** {@code principal} for a principal's funds, else {@code creditAccount} for another receipt. */
    public record Receipt(String drawer, String drawerBank, String number, Long amount, LocalDate receivedOn, String principal,
                          String creditAccount) {
    }

    /** A return unpaid: its date (today when absent) and reason. */
    public record Returned(LocalDate date, String reason) {
    }

    @EJB
    private IncomingCheques cheques;

    @GET
    public List<IncomingChequeView> list(@QueryParam("status") String status, @QueryParam("principal") String principal,
                                         @QueryParam("from") String from, @QueryParam("to") String to) throws LedgerException {
        return cheques.list(Params.optionalEnum(status, IncomingChequeStatus.class, "status"), principal == null || principal.isBlank() ? null : principal,
                from == null ? null : Params.date(from, "from"), to == null ? null : Params.date(to, "to"));
    }

    @GET
    @Path("/{reference}")
    public IncomingChequeView get(@PathParam("reference") String reference) throws IncomingChequeException {
        return cheques.find(reference);
    }

    /** 201 with the cheque received; 200 with the first receipt when the same cheque is sent again. */
    @POST
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response receive(Receipt receipt) throws LedgerException, IncomingChequeException {
        Params.required(receipt, "body");
        IncomingChequeView received = cheques.receive(receipt.drawer(), receipt.drawerBank(), receipt.number(), receipt.amount(),
                receipt.receivedOn(), receipt.principal(), receipt.creditAccount());
        return Response.status(received.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(received).build();
    }

    @POST
    @Path("/{reference}/returned")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public IncomingChequeView returned(@PathParam("reference") String reference, Returned returned) throws LedgerException, IncomingChequeException {
        Params.required(returned, "body");
        return cheques.returnUnpaid(reference, returned.date() == null ? LocalDate.now() : returned.date(), returned.reason());
    }
}
