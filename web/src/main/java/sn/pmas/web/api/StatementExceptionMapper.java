package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.bankstatement.StatementException;

/** A statement, match or rule refused: its code, and a file's faults by line in {@code errors}; nothing was written. */
@Provider
public class StatementExceptionMapper implements ExceptionMapper<StatementException> {

    @Override
    public Response toResponse(StatementException e) {
        Problem problem = Problem.of(e.rejection(), e.getMessage(), e.field());
        return (e.faults().isEmpty() ? problem : problem.withErrors(e.faults())).toResponse();
    }
}
