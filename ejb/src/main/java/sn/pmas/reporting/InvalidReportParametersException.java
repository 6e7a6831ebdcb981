package sn.pmas.reporting;

/**
 * The caller's report parameters are missing, unknown or malformed: a client error (HTTP 400),
 * raised before any database work. The message is safe to show to the user.
 */
public class InvalidReportParametersException extends ReportRenderingException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidReportParametersException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The first parameter at fault, or null when the engine refused the set as a whole. */
    public String parameter() {
        return parameter;
    }
}
