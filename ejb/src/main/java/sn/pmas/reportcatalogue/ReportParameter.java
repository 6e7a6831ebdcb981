package sn.pmas.reportcatalogue;

import java.util.List;
import java.util.Objects;

/**
 * A parameter of a catalogued report: its name in the report's URL, its French label, its type,
 * whether the report needs it, and for a {@link ParameterType#CHOICE} the values allowed.
 */
public record ReportParameter(String name, String label, ParameterType type, boolean required, List<String> choices) {

    public ReportParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if (type == ParameterType.CHOICE == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": choices go with the CHOICE type, and only with it");
        }
    }

    static ReportParameter required(String name, String label, ParameterType type) {
        return new ReportParameter(name, label, type, true, List.of());
    }

    static ReportParameter optional(String name, String label, ParameterType type) {
        return new ReportParameter(name, label, type, false, List.of());
    }

    static ReportParameter choice(String name, String label, String... choices) {
        return new ReportParameter(name, label, ParameterType.CHOICE, true, List.of(choices));
    }

    /** True when the value is of the parameter's type (and among its choices, for a choice). */
    public boolean accepts(String value) {
        return type == ParameterType.CHOICE ? choices.contains(value) : type.accepts(value);
    }
}
