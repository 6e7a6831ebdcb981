package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.LineError;
import sn.pmas.sig.SigRejection;

/** A submission of SIG events refused whole: 422 (409 for reference conflicts only) with every fault, line by line. */
@Provider
public class EventsRejectedMapper implements ExceptionMapper<EventsRejectedException> {

    @Override
    public Response toResponse(EventsRejectedException e) {
        int status = SigRejection.statusOf(e.errors().stream().map(LineError::code).toList());
        return Problem.of(status, SigRejection.EVENTS_REJECTED.code(), SigRejection.EVENTS_REJECTED.title(), e.getMessage(), "events")
                .withErrors(e.errors()).toResponse();
    }
}
