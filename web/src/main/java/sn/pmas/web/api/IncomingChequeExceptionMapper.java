package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.incoming.IncomingChequeException;

/** A request on incoming cheques or deposit slips refused: its rule decides the status, code and title; nothing was written. */
@Provider
public class IncomingChequeExceptionMapper implements ExceptionMapper<IncomingChequeException> {

    @Override
    public Response toResponse(IncomingChequeException e) {
        return Problem.of(e.code(), e.getMessage(), e.field()).toResponse();
    }
}
