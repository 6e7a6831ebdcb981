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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import sn.pmas.ledger.EntryView;
import sn.pmas.ledger.FundsOverride;
import sn.pmas.ledger.JournalQuery;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingResult;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;

/** Journal entries: post one (or a batch), read one, reverse one. */
@Path("/entries")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class EntryResource {

    /** {@code force} with {@code forceReason}: an administrator takes a principal's funds below zero. */
    public record Reversal(LocalDate date, String reason, Boolean force, String forceReason) {
    }

    public record BatchResult(int posted, int replayed, List<Long> entryIds) {
    }

    @EJB
    private PostingService posting;
    @EJB
    private JournalQuery journal;
    @Context
    private UriInfo uri;
    @Context
    private SecurityContext security;

    /**
     * 201 with the new entry; 200 with the original when the source reference was posted before.
     * {@code force=true&forceReason=...}: an administrator posts beyond a principal's available
     * funds. They are parameters, not body fields: the body is the entry, whose content makes its
     * idempotency, and forcing it changes nothing of its content.
     */
    @POST
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response post(PostingRequest request, @QueryParam("force") Boolean force,
                         @QueryParam("forceReason") String forceReason) throws LedgerException {
        Params.required(request, "body");
        return created(posting.post(request, override(force, forceReason)));
    }

    /** All or nothing: the first refused entry refuses the batch, its field says which one. */
    @POST
    @Path("/batch")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response postBatch(List<PostingRequest> requests) throws LedgerException {
        Params.required(requests, "body");
        List<PostingResult> results = posting.postAll(requests);
        int replayed = (int) results.stream().filter(PostingResult::replayed).count();
        return Response.status(replayed == results.size() ? 200 : 201)
                .entity(new BatchResult(results.size() - replayed, replayed, results.stream().map(PostingResult::entryId).toList()))
                .build();
    }

    @GET
    @Path("/{id}")
    public EntryView get(@PathParam("id") long id) throws LedgerException {
        return journal.entry(id).orElseThrow(() -> new LedgerException(Rejection.ENTRY_NOT_FOUND, "id",
                "L'écriture n° " + id + " n'existe pas."));
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response reverse(@PathParam("id") long id, Reversal reversal) throws LedgerException {
        Params.required(reversal, "body");
        return created(posting.reverse(id, reversal.date(), reversal.reason(), override(reversal.force(), reversal.forceReason())));
    }

    private FundsOverride override(Boolean force, String forceReason) throws LedgerException {
        return FundsOverride.requested(force, forceReason, security.isUserInRole(Roles.ADMIN));
    }

    private Response created(PostingResult result) throws LedgerException {
        EntryView entry = get(result.entryId());
        if (result.replayed()) {
            return Response.ok(entry).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("entries").path(String.valueOf(entry.id())).build())
                .entity(entry).build();
    }
}
