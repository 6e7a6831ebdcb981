package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Map;
import sn.pmas.bankstatement.BookedBankItem;
import sn.pmas.incoming.DepositItems;
import sn.pmas.incoming.DepositSlipView;
import sn.pmas.incoming.DepositSlips;
import sn.pmas.incoming.IncomingChequeException;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * Deposit slips (bordereaux de remise de chèques, docs/incoming-cheques.md): received cheques
 * deposited together on a bank account, then credited by the bank (cleared).
 */
@Path("/deposit-slips")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class DepositSlipResource {

    public record Deposit(String bankAccount, LocalDate date, List<String> cheques) {
    }

    /** The day the bank credited the slip (today when absent). */
    public record Cleared(LocalDate date) {
    }

    @EJB
    private DepositSlips slips;
    @EJB
    private ReportRenderer renderer;
    @Inject
    private DepositItems depositItems;

    @GET
    public List<DepositSlipView> list(@QueryParam("bankAccount") String bankAccount, @QueryParam("from") String from,
                                      @QueryParam("to") String to) throws LedgerException {
        return slips.list(bankAccount == null || bankAccount.isBlank() ? null : bankAccount,
                from == null ? null : Params.date(from, "from"), to == null ? null : Params.date(to, "to"));
    }

    /** The slips deposited on the account and not credited by the bank on {@code asOf}: its booked items "in transit". */
    @GET
    @Path("/in-transit")
    public List<BookedBankItem> inTransit(@QueryParam("bankAccount") String bankAccount, @QueryParam("asOf") String asOf) throws LedgerException {
        Params.required(bankAccount, "bankAccount");
        return depositItems.openOn(bankAccount, asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"));
    }

    @GET
    @Path("/{reference}")
    public DepositSlipView get(@PathParam("reference") String reference) throws IncomingChequeException {
        return slips.find(reference);
    }

    /** The Bordereau de remise de chèques, PDF. */
    @GET
    @Path("/{reference}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("reference") String reference) throws IncomingChequeException, ReportRenderingException {
        DepositSlipView slip = slips.find(reference);
        return Attachment.pdf(renderer.render(Report.DEPOSIT_SLIP, Map.of("slip", slip.reference(), "bankAccount", slip.bankAccount(),
                "bankName", slip.bankName(), "accountNumber", slip.accountNumber(), "depositedOn", slip.depositedOn().toString()),
                slips.rows(slip), ReportFormat.PDF), "bordereau-remise-" + slip.reference());
    }

    @POST
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response deposit(Deposit request) throws LedgerException, IncomingChequeException {
        Params.required(request, "body");
        return Response.status(Response.Status.CREATED)
                .entity(slips.deposit(request.bankAccount(), request.date() == null ? LocalDate.now() : request.date(), request.cheques()))
                .build();
    }

    /** The bank credited the slip: for the accountant who sees it before a statement is imported. */
    @POST
    @Path("/{reference}/cleared")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public DepositSlipView cleared(@PathParam("reference") String reference, Cleared cleared) throws LedgerException, IncomingChequeException {
        return slips.clear(reference, cleared == null || cleared.date() == null ? LocalDate.now() : cleared.date());
    }
}
