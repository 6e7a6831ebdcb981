package sn.pmas.reportcatalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/**
 * A report of the catalogue (docs/report-catalogue.md).
 *
 * @param code            stable, in URLs and in the archive
 * @param path            the API path that produces it, relative to {@code /api/}; a parameter
 *                        named in braces ({@code principals/{principal}/statement}) goes in the
 *                        path, the others in the query string
 * @param formats         the documents it is produced as (the first is the default)
 * @param formatParameter whether the path takes {@code format=}; false for a path that serves one
 *                        document only
 * @param roles           the roles that see it in the catalogue (and that its endpoint accepts)
 * @param ownInsurerOnly  an insurer's user (role {@code insurer}) sees it for its own insurer only
 * @param sent            sent to an insurer or a scheme: every copy sent is archived as sent
 */
public record CatalogueEntry(String code, String title, String description, Periodicity periodicity, String path,
                             List<ReportParameter> parameters, List<String> formats, boolean formatParameter, Set<String> roles,
                             boolean ownInsurerOnly, boolean sent) {

    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        parameters = List.copyOf(parameters);
        formats = List.copyOf(formats);
        roles = Set.copyOf(roles);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(code + ": a report is produced in at least one format");
        }
    }

    public boolean visibleTo(java.util.function.Predicate<String> hasRole) {
        return roles.stream().anyMatch(hasRole);
    }

    /**
     * The API path and query that produce this report with these values, once every value is
     * checked against the parameter list: nothing reaches the report's endpoint that the catalogue
     * does not know.
     *
     * @param values the request's values by parameter name ({@code format} included or not)
     * @throws LedgerException {@code field.invalid} naming a parameter the report does not take, a
     *                         value not of its type or a format not offered; {@code field.required}
     *                         naming a required parameter left out
     */
    public String href(Map<String, String> values) throws LedgerException {
        for (String name : values.keySet()) {
            if (!"format".equals(name) && parameters.stream().noneMatch(parameter -> parameter.name().equals(name))) {
                throw new LedgerException(Rejection.FIELD_INVALID, name, "Le rapport " + code + " ne prend pas de paramètre "
                        + name + " (paramètres : " + String.join(", ", parameters.stream().map(ReportParameter::name).toList()) + ").");
            }
        }
        String format = blankToNull(values.get("format"));
        if (format != null && !formats.contains(format)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu pour " + code + " : "
                    + String.join(", ", formats) + " (reçu : " + format + ").");
        }
        String resolved = path;
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (ReportParameter parameter : parameters) {
            String value = blankToNull(values.get(parameter.name()));
            if (value == null) {
                if (parameter.required()) {
                    throw new LedgerException(Rejection.FIELD_REQUIRED, parameter.name(), "Paramètre obligatoire du rapport " + code
                            + " : " + parameter.label() + " (" + parameter.type().hint() + ").");
                }
                continue;
            }
            if (!parameter.accepts(value)) {
                throw new LedgerException(Rejection.FIELD_INVALID, parameter.name(), parameter.label() + " : valeur attendue "
                        + (parameter.type() == ParameterType.CHOICE ? String.join(", ", parameter.choices()) : parameter.type().hint())
                        + " (reçu : " + value + ").");
            }
            String placeholder = "{" + parameter.name() + "}";
            if (resolved.contains(placeholder)) {
                resolved = resolved.replace(placeholder, encode(value));
            } else {
                query.add(parameter.name() + "=" + encode(value));
            }
        }
        if (formatParameter) {
            query.add("format=" + (format == null ? formats.get(0) : format));
        }
        return resolved + query;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
