package sn.pmas.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods, unreadable JSON: the same problem+json shape as business errors. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse(); // already said by our own code (e.g. InsurerScope's 403)
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "request.malformed";
            case 404 -> "resource.not-found";
            case 405 -> "request.method-not-allowed";
            case 406, 415 -> "request.media-type";
            default -> "request.refused";
        };
        String detail = status == 400
                ? "Requête illisible : " + rootMessage(e)
                : e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.of(status, code, e.getResponse().getStatusInfo().getReasonPhrase(), detail, null).toResponse();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
