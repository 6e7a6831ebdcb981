package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.yearend.YearEndException;

/** A closing, reopening or allocation refused: its code, and each failed check in {@code errors}; nothing was written. */
@Provider
public class YearEndExceptionMapper implements ExceptionMapper<YearEndException> {

    @Override
    public Response toResponse(YearEndException e) {
        Problem problem = Problem.of(e.rejection(), e.getMessage(), e.field());
        return (e.failures().isEmpty() ? problem : problem.withErrors(e.failures())).toResponse();
    }
}
