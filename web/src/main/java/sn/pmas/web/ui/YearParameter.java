package sn.pmas.web.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The fiscal year a page shows: the one its {@code ?year=} asks for when opened, otherwise the latest year with postings. */
final class YearParameter {

    private YearParameter() {
    }

    static Integer of(Map<String, String> parameters, List<Integer> years, Supplier<Integer> latestWithEntries) {
        try {
            int asked = Integer.parseInt(parameters.getOrDefault("year", "").strip());
            if (years.contains(asked)) {
                return asked;
            }
        } catch (NumberFormatException e) {
            // no year or not a number: the latest year with postings
        }
        return latestWithEntries.get();
    }
}
