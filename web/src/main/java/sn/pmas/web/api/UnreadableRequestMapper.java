package sn.pmas.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B cannot read (a date that is no date, a string for a number): the client's fault. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return Problem.of(400, "request.malformed", "Requête illisible",
                "Le corps de la requête n'est pas un JSON conforme : " + cause.getMessage(), null).toResponse();
    }
}
