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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.BankPosition;
import sn.pmas.cheque.ChequeBookView;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.HeldChequeRow;
import sn.pmas.cheque.LeafView;
import sn.pmas.cheque.ReleaseProposal;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The pool's bank accounts (docs/cheques.md): cheque books and the fate of every leaf, the safety
 * margin, the position, and the release planner (proposal, then confirmation).
 */
@Path("/bank-accounts")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class BankAccountResource {

    public record NewBankAccount(String code, String bankName, String accountNumber, String ledgerAccount, String issuedAccount,
                                 Boolean principalsMoney) {
    }

    public record NewChequeBook(Long firstNumber, Long lastNumber, LocalDate receivedOn) {
    }

    public record SpoiledLeaf(String reason) {
    }

    public record SafetyMargin(LocalDate validFrom, Long amount) {
    }

    /** All or part of a proposal: the references of the cheques to release on {@code date}. */
    public record Release(LocalDate date, List<String> cheques) {
    }

    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private ChequeReleases releases;
    @EJB
    private ReportRenderer renderer;
    @Context
    private UriInfo uri;

    @GET
    public List<BankAccountView> list(@QueryParam("asOf") String asOf) throws LedgerException {
        return bankAccounts.list(date(asOf));
    }

    @POST
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response register(NewBankAccount request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.principalsMoney(), "principalsMoney");
        BankAccountView bank = bankAccounts.register(request.code(), request.bankName(), request.accountNumber(),
                request.ledgerAccount(), request.issuedAccount(), request.principalsMoney());
        return Response.created(uri.getAbsolutePathBuilder().path(bank.code()).build()).entity(bank).build();
    }

    @GET
    @Path("/{code}")
    public BankAccountView get(@PathParam("code") String code, @QueryParam("asOf") String asOf) throws LedgerException {
        return bankAccounts.find(code, date(asOf));
    }

    @GET
    @Path("/{code}/position")
    public BankPosition position(@PathParam("code") String code, @QueryParam("asOf") String asOf) throws LedgerException {
        return bankAccounts.position(code, date(asOf));
    }

    @POST
    @Path("/{code}/cheque-books")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response addBook(@PathParam("code") String code, NewChequeBook request) throws LedgerException {
        Params.required(request, "body");
        ChequeBookView book = bankAccounts.addBook(code, request.firstNumber(), request.lastNumber(), request.receivedOn());
        return Response.status(Response.Status.CREATED).entity(book).build();
    }

    /** Every number of the account's books: used (by which cheque), spoiled (why) or unused. */
    @GET
    @Path("/{code}/leaves")
    public List<LeafView> leaves(@PathParam("code") String code) throws LedgerException {
        return bankAccounts.leaves(code);
    }

    @POST
    @Path("/{code}/leaves/{number}/spoiled")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public LeafView spoil(@PathParam("code") String code, @PathParam("number") long number, SpoiledLeaf request) throws LedgerException {
        Params.required(request, "body");
        return bankAccounts.spoil(code, number, request.reason());
    }

    @POST
    @Path("/{code}/safety-margins")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response safetyMargin(@PathParam("code") String code, SafetyMargin request) throws LedgerException {
        Params.required(request, "body");
        bankAccounts.setSafetyMargin(code, request.validFrom(), request.amount());
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/release-proposal")
    public ReleaseProposal proposal(@PathParam("code") String code, @QueryParam("date") String date) throws LedgerException {
        return releases.propose(code, date(date));
    }

    /** Releases the cheques named, all or none (409 {@code cheque.release-beyond-position} names the first that does not fit). */
    @POST
    @Path("/{code}/releases")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<ChequeView> release(@PathParam("code") String code, Release request) throws LedgerException {
        Params.required(request, "body");
        return releases.confirm(code, request.date() == null ? LocalDate.now() : request.date(), request.cheques());
    }

    /** The Tableau des chèques bloqués: JSON, PDF or XLSX (the same rows, in release order). */
    @GET
    @Path("/{code}/held-cheques")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response heldCheques(@PathParam("code") String code, @QueryParam("asOf") String asOf,
                                @QueryParam("format") @DefaultValue("json") String format) throws LedgerException, ReportRenderingException {
        LocalDate on = date(asOf);
        List<HeldChequeRow> rows = releases.heldTable(code, on);
        String fileName = "cheques-bloques-" + code + "-" + on;
        return switch (format) {
            case "json" -> Response.ok(rows, MediaType.APPLICATION_JSON).build();
            case "pdf", "xlsx" -> {
                ReportFormat reportFormat = "pdf".equals(format) ? ReportFormat.PDF : ReportFormat.XLSX;
                yield Attachment.of(renderer.render(Report.HELD_CHEQUES, Map.of("bankAccount", code, "asOf", on.toString()), rows, reportFormat),
                        reportFormat.mediaType(), fileName + "." + reportFormat.code());
            }
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : json, pdf ou xlsx (reçu : " + format + ").");
        };
    }

    private static LocalDate date(String value) throws LedgerException {
        return value == null || value.isBlank() ? LocalDate.now() : Params.date(value, "date");
    }
}
