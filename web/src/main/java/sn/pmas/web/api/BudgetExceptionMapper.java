package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sn.pmas.budget.BudgetException;

/** A request on the budget refused: its rule decides the status; a workbook's refused cells are listed; nothing was written. */
@Provider
public class BudgetExceptionMapper implements ExceptionMapper<BudgetException> {

    @Override
    public Response toResponse(BudgetException e) {
        Problem problem = Problem.of(e.code(), e.getMessage(), e.field());
        return (e.errors().isEmpty() ? problem : problem.withErrors(e.errors())).toResponse();
    }
}
