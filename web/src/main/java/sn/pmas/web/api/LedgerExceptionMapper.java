package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.ledger.LedgerException;

/** A refused request: its rule decides the status, code and title; nothing was written. */
@Provider
public class LedgerExceptionMapper implements ExceptionMapper<LedgerException> {

    @Override
    public Response toResponse(LedgerException e) {
        return Problem.of(e.rejection(), e.getMessage(), e.field()).toResponse();
    }
}
