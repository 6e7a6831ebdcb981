package sn.pmas.statements;

import java.util.List;

/** A cross-check of the statements: the two figures compared and, when it fails, what is wrong. */
public record CrossCheck(String code, String title, boolean passed, long left, long right, List<String> failures) {

    public CrossCheck {
        failures = List.copyOf(failures);
    }

    static CrossCheck equal(String code, String title, long left, long right) {
        return new CrossCheck(code, title, left == right, left, right,
                left == right ? List.of() : List.of(title + " : " + left + " ≠ " + right + " (écart " + (left - right) + ")"));
    }
}
