package sn.pmas.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import sn.pmas.platform.ProblemCode;

/**
 * An RFC 9457 problem detail. {@code code} is the stable rule identifier clients match on;
 * {@code field} names the request field at fault, when there is one; {@code errors} lists each
 * fault of a submission refused as a whole (SIG events, imported files), absent otherwise.
 */
public record Problem(String type, String title, int status, String detail, String code, String field, List<?> errors) {

    static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    static Problem of(int status, String code, String title, String detail, String field) {
        return new Problem("urn:pmas:problem:" + code, title, status, detail, code, field, null);
    }

    /** A refusal by its sub-ledger's code: status and title come with it. */
    static Problem of(ProblemCode code, String detail, String field) {
        return of(code.httpStatus(), code.code(), code.title(), detail, field);
    }

    Problem withErrors(List<?> faults) {
        return new Problem(type, title, status, detail, code, field, List.copyOf(faults));
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
