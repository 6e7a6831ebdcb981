package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.statements.StatementsException;

/** A publication or a mapping refused: its code, and each failure in {@code errors}; nothing was written. */
@Provider
public class StatementsExceptionMapper implements ExceptionMapper<StatementsException> {

    @Override
    public Response toResponse(StatementsException e) {
        Problem problem = Problem.of(e.rejection(), e.getMessage(), e.field());
        return (e.failures().isEmpty() ? problem : problem.withErrors(e.failures())).toResponse();
    }
}
