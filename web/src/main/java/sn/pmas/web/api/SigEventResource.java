package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.sig.EventOutcome;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.SigEvent;
import sn.pmas.sig.SigIngestion;

/** The SIG's financial events, one at a time or in batches booked all or nothing. */
@Path("/sig/events")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
public class SigEventResource {

    public record EventBatch(List<SigEvent> events) {
    }

    public record BatchOutcome(List<EventOutcome> outcomes) {
    }

    @EJB
    private SigIngestion ingestion;

    /** 201 when booked now, 200 when the SIG had sent the same event before. */
    @POST
    public Response book(SigEvent event) throws LedgerException, EventsRejectedException {
        Params.required(event, "body");
        EventOutcome outcome = ingestion.ingest(List.of(event)).get(0);
        return Response.status(outcome.replayed() ? 200 : 201).entity(outcome).build();
    }

    @POST
    @Path("/batch")
    public BatchOutcome bookAll(EventBatch batch) throws LedgerException, EventsRejectedException {
        Params.required(batch == null ? null : batch.events(), "events");
        return new BatchOutcome(ingestion.ingest(batch.events()));
    }
}
