package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.incentive.IncentiveException;

/** A request on the providers' incentive refused: its rule decides the status, code and title; nothing was written. */
@Provider
public class IncentiveExceptionMapper implements ExceptionMapper<IncentiveException> {

    @Override
    public Response toResponse(IncentiveException e) {
        return Problem.of(e.code(), e.getMessage(), e.field()).toResponse();
    }
}
