package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import sn.pmas.ledger.EntryView;
import sn.pmas.ledger.JournalQuery;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.ledger.TrialBalance;
import sn.pmas.ledger.TrialBalanceQuery;

/** Trial balance and journal listing. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class LedgerQueryResource {

    @EJB
    private TrialBalanceQuery trialBalances;
    @EJB
    private JournalQuery journal;

    /** Either {@code period=AAAA-MM} (optionally {@code to=AAAA-MM}), or {@code from}/{@code to} dates. */
    @GET
    @Path("trial-balance")
    public TrialBalance trialBalance(@QueryParam("period") String period, @QueryParam("toPeriod") String toPeriod,
                                     @QueryParam("from") String from, @QueryParam("to") String to) throws LedgerException {
        if (period != null) {
            return trialBalances.forPeriods(Params.period(period, "period"),
                    toPeriod == null ? Params.period(period, "period") : Params.period(toPeriod, "toPeriod"));
        }
        if (from == null && to == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "period",
                    "Indiquer une période (period=AAAA-MM) ou des dates (from, to).");
        }
        return trialBalances.forDates(Params.date(from, "from"), Params.date(to, "to"));
    }

    @GET
    @Path("journals/{code}/entries")
    public List<EntryView> journalListing(@PathParam("code") String code, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("100") int size) throws LedgerException {
        return journal.listing(code, Params.date(from, "from"), Params.date(to, "to"), page, size);
    }
}
