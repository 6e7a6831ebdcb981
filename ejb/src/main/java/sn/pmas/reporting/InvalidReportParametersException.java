package sn.pmas.reporting;

/**
 * The caller's report parameters are missing, unknown or malformed: a client error (HTTP 400),
 * raised before any database work. The message is safe to show to the user.
 */
public class InvalidReportParametersException extends ReportRenderingException {

    private static final long serialVersionUID = 1L;

    public InvalidReportParametersException(String message) {
        super(message);
    }
}
