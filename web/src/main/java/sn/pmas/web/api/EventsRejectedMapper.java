package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.SigRejection;

/** A submission of SIG events refused whole: 422 with every fault, line by line. */
@Provider
public class EventsRejectedMapper implements ExceptionMapper<EventsRejectedException> {

    @Override
    public Response toResponse(EventsRejectedException e) {
        return Problem.of(SigRejection.EVENTS_REJECTED, e.getMessage(), "events")
                .withErrors(e.errors()).toResponse();
    }
}
