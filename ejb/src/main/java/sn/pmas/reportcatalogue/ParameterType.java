package sn.pmas.reportcatalogue;

import java.util.regex.Pattern;

/**
 * The kinds of value a report parameter takes: what the catalogue checks before handing the request
 * to the report's own endpoint, and the input the catalogue page builds for it.
 */
public enum ParameterType {

    MONTH("AAAA-MM", "\\d{4}-(0[1-9]|1[0-2])", "month"),
    DATE("AAAA-MM-JJ", "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])", "date"),
    YEAR("AAAA", "\\d{4}", "number"),
    QUARTER("AAAA-Qn", "\\d{4}-Q[1-4]", "text"),
    /** An insurer's code: an insurer's user may only name its own. */
    INSURER("code compagnie", "[A-Z0-9][A-Z0-9-]{1,19}", "text"),
    PARTY("code tiers", "[A-Z0-9][A-Z0-9-]{1,19}", "text"),
    BANK_ACCOUNT("code compte bancaire", "[A-Z0-9][A-Z0-9-]{1,19}", "text"),
    IDENTIFIER("identifiant", "\\d{1,18}", "number"),
    REFERENCE("référence", "[A-Z0-9][A-Z0-9-]{1,39}", "text"),
    /** One of the parameter's {@link ReportParameter#choices()}. */
    CHOICE("choix", ".{1,40}", "select");

    private final String hint;
    private final Pattern pattern;
    private final String input;

    ParameterType(String hint, String pattern, String input) {
        this.hint = hint;
        this.pattern = Pattern.compile(pattern);
        this.input = input;
    }

    /** The expected form, in French (shown beside the input and in refusals). */
    public String hint() {
        return hint;
    }

    public boolean accepts(String value) {
        return pattern.matcher(value).matches();
    }

    /** The HTML input the catalogue page draws: month, date, number, text or select. */
    public String input() {
        return input;
    }
}
