package sn.pmas.yearend;

import java.util.List;

/**
 * One check a year must pass before it closes: each failure said in French, and the page where it
 * is fixed (a path under the application, with its parameters).
 */
public record ClosingCheck(String code, String title, List<String> failures, String fixPage) {

    public ClosingCheck {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
