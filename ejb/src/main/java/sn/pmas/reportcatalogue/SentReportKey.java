package sn.pmas.reportcatalogue;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes a sent document one: the catalogue report, its parameters, its format and its
 * recipient (an insurer's or a scheme's code). The archive keeps one copy per key.
 */
public record SentReportKey(String report, Map<String, String> parameters, String format, String recipient) {

    /** The longest parameter text the archive keeps (its column). */
    static final int MAX_PARAMETERS = 200;

    public SentReportKey {
        Objects.requireNonNull(report, "report");
        parameters = new TreeMap<>(parameters);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(recipient, "recipient");
        if (canonical(parameters).length() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("parameters longer than " + MAX_PARAMETERS + " characters: " + parameters);
        }
    }

    /** The parameters as kept and compared: {@code name=value} in name order, joined by {@code &}. */
    public String canonicalParameters() {
        return canonical(parameters);
    }

    private static String canonical(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
    }
}
