package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import sn.pmas.ledger.AccountService;
import sn.pmas.ledger.AccountStatement;
import sn.pmas.ledger.AccountStatementQuery;
import sn.pmas.ledger.AccountView;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** The chart of accounts and account statements. */
@Path("/accounts")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class AccountResource {

    public record NewAccount(String code, String name) {
    }

    public record AccountChange(String name, Boolean active) {
    }

    @EJB
    private AccountService accounts;
    @EJB
    private AccountStatementQuery statements;

    @GET
    public List<AccountView> list(@QueryParam("class") Integer accountClass, @QueryParam("prefix") String prefix) {
        return accounts.list(accountClass, prefix);
    }

    @GET
    @Path("/{code}")
    public AccountView get(@PathParam("code") String code) throws LedgerException {
        return accounts.find(code).orElseThrow(() -> new LedgerException(Rejection.ACCOUNT_UNKNOWN, "code",
                "Le compte " + code + " n'existe pas."));
    }

    @POST
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response open(NewAccount account) throws LedgerException {
        Params.required(account, "body");
        return Response.status(201).entity(accounts.open(account.code(), account.name())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ACCOUNTANT)
    public AccountView update(@PathParam("code") String code, AccountChange change) throws LedgerException {
        Params.required(change, "body");
        return accounts.update(code, change.name(), change.active());
    }

    /** Extrait de compte: {@code from} and {@code to} are dates (AAAA-MM-JJ). */
    @GET
    @Path("/{code}/statement")
    public AccountStatement statement(@PathParam("code") String code, @QueryParam("from") String from,
                                      @QueryParam("to") String to) throws LedgerException {
        return statements.statement(code, Params.date(from, "from"), Params.date(to, "to"));
    }
}
