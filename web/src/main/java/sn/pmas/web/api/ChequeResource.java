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
import sn.pmas.cheque.ChequeKind;
import sn.pmas.cheque.ChequePreparation;
import sn.pmas.cheque.ChequeStatus;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.Cheques;
import sn.pmas.ledger.LedgerException;

/**
 * The register of outgoing cheques (docs/cheques.md): prepared from what is owed, then held,
 * delivered, cashed, voided, or found stale. Releases go through the planner
 * ({@code POST /api/bank-accounts/{code}/releases}).
 */
@Path("/cheques")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class ChequeResource {

    /** A provider's unpaid claims, one cheque per principal; {@code number} the first leaf to use, else the next unused. */
    public record ProviderCheques(String bankAccount, String provider, LocalDate date, Long number) {
    }

    /** {@code principal} null: the members of every principal. */
    public record MemberCheques(String bankAccount, LocalDate weekEnding, String principal) {
    }

    public record PayableCheque(String bankAccount, ChequeKind kind, String account, String payee, Long amount, LocalDate dueOn,
                                String settles, LocalDate date, Long number) {
    }

    /** A step: its date (today when absent) and, for a void, the reason. */
    public record Step(LocalDate date, String reason) {
    }

    @EJB
    private Cheques cheques;
    @EJB
    private ChequePreparation preparation;

    @GET
    public List<ChequeView> list(@QueryParam("bankAccount") String bankAccount, @QueryParam("status") String status,
                                 @QueryParam("kind") String kind, @QueryParam("principal") String principal,
                                 @QueryParam("payee") String payee) throws LedgerException {
        return cheques.list(blankToNull(bankAccount), Params.optionalEnum(status, ChequeStatus.class, "status"),
                Params.optionalEnum(kind, ChequeKind.class, "kind"), blankToNull(principal), blankToNull(payee));
    }

    @GET
    @Path("/{reference}")
    public ChequeView get(@PathParam("reference") String reference) throws LedgerException {
        return cheques.find(reference);
    }

    @POST
    @Path("/provider")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response forProvider(ProviderCheques request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.bankAccount(), "bankAccount");
        Params.required(request.provider(), "provider");
        return created(preparation.forProvider(request.bankAccount(), request.provider(), today(request.date()), request.number()));
    }

    @POST
    @Path("/members")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response forMembers(MemberCheques request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.bankAccount(), "bankAccount");
        return created(preparation.forMembers(request.bankAccount(), today(request.weekEnding()), blankToNull(request.principal())));
    }

    @POST
    @Path("/payable")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response forPayable(PayableCheque request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.bankAccount(), "bankAccount");
        Params.required(request.account(), "account");
        return created(List.of(preparation.forPayable(request.bankAccount(), request.kind(), request.account(), request.payee(),
                request.amount(), request.dueOn(), request.settles(), today(request.date()), request.number())));
    }

    @POST
    @Path("/{reference}/held")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView hold(@PathParam("reference") String reference, Step step) throws LedgerException {
        return cheques.hold(reference, dateOf(step));
    }

    @POST
    @Path("/{reference}/delivered")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView deliver(@PathParam("reference") String reference, Step step) throws LedgerException {
        return cheques.deliver(reference, dateOf(step));
    }

    @POST
    @Path("/{reference}/cashed")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView cash(@PathParam("reference") String reference, Step step) throws LedgerException {
        return cheques.cash(reference, dateOf(step));
    }

    @POST
    @Path("/{reference}/voided")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ChequeView voidCheque(@PathParam("reference") String reference, Step step) throws LedgerException {
        Params.required(step, "body");
        return cheques.voidCheque(reference, today(step.date()), step.reason());
    }

    /** Marks stale every released cheque not cashed within its validity on {@code date}. */
    @POST
    @Path("/stale")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<ChequeView> stale(Step step) throws LedgerException {
        return cheques.markStale(dateOf(step));
    }

    private static Response created(List<ChequeView> written) {
        return Response.status(Response.Status.CREATED).entity(written).build();
    }

    private static LocalDate dateOf(Step step) {
        return today(step == null ? null : step.date());
    }

    private static LocalDate today(LocalDate date) {
        return date == null ? LocalDate.now() : date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
