package sn.pmas.yearend;

import java.util.List;

/**
 * One check a year must pass before it closes: each failure said in French, and the page where it
 * is fixed (a path under the application, with its parameters). Passed when nothing failed.
 */
public record ClosingCheck(String code, String title, boolean passed, List<String> failures, String fixPage) {

    static ClosingCheck of(String code, String title, List<String> failures, String fixPage) {
        return new ClosingCheck(code, title, failures.isEmpty(), List.copyOf(failures), fixPage);
    }
}
