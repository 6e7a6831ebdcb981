package sn.pmas.reporting;

import jakarta.ejb.ApplicationException;

/**
 * A report could not be produced.
 *
 * <p>This class itself means the engine or the database failed (HTTP 500); its subclass
 * {@link InvalidReportParametersException} means the caller's input was wrong (HTTP 400). Checked
 * because BIRT reports most failures through a list of errors rather than by throwing, so callers
 * must not be able to forget them. An application exception so that the container passes it through
 * unwrapped instead of turning it into an EJBException.
 */
@ApplicationException(rollback = true)
public class ReportRenderingException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message) {
        super(message);
    }

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
