package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import sn.pmas.reporting.InvalidReportParametersException;
import sn.pmas.reporting.ReportRenderingException;

/** Bad report parameters are the caller's fault (400); any other rendering failure is ours (500, logged, not echoed). */
@Provider
public class ReportRenderingExceptionMapper implements ExceptionMapper<ReportRenderingException> {

    private static final Logger LOG = Logger.getLogger(ReportRenderingExceptionMapper.class.getName());

    @Override
    public Response toResponse(ReportRenderingException e) {
        if (e instanceof InvalidReportParametersException invalid) {
            return Problem.of(400, "report.invalid-parameter", "Paramètre de rapport invalide", e.getMessage(), invalid.parameter())
                    .toResponse();
        }
        LOG.log(Level.SEVERE, "report rendering failed", e);
        return Problem.of(500, "report.failed", "Échec de l'édition du rapport",
                "Le rapport n'a pas pu être produit ; l'incident est consigné dans le journal du serveur.", null).toResponse();
    }
}
