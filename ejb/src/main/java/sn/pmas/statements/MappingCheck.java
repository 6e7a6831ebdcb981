package sn.pmas.statements;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses a mapping the statements could not rely on: a rule that does not parse or names no
 * detail line of its statement, two ranges that overlap (an account would count twice), a chart
 * account left without a line (it would be missed). Each refusal names the rule or the accounts.
 */
final class MappingCheck {

    private static final Pattern CODE = Pattern.compile("\\d{1,10}");

    private MappingCheck() {
    }

    static void check(Mapping mapping, Collection<String> chartCodes) throws StatementsException {
        List<MappingRule> rules = mapping.rules();
        for (int i = 0; i < rules.size(); i++) {
            MappingRule rule = rules.get(i);
            String field = "rules[" + i + "]";
            if (!CODE.matcher(rule.from()).matches() || !CODE.matcher(rule.to()).matches() || rule.from().length() != rule.to().length()
                    || rule.from().compareTo(rule.to()) > 0) {
                throw invalid(field + ".from", "Plage " + rule.from() + "-" + rule.to()
                        + " : deux préfixes de compte de même longueur, le premier au plus égal au second.");
            }
            if (mapping.line(rule.statement(), rule.line()).filter(line -> !line.total()).isEmpty()) {
                throw invalid(field + ".line", "Ligne " + rule.line() + " : pas une ligne de détail du " + rule.statement().title() + ".");
            }
            for (int j = 0; j < i; j++) {
                MappingRule earlier = rules.get(j);
                if (earlier.statement().placesBalances() == rule.statement().placesBalances() && earlier.overlaps(rule)) {
                    throw new StatementsException(StatementsRejection.MAPPING_OVERLAP, field, "La plage " + rule.describe()
                            + " chevauche la plage " + earlier.describe() + " (règle " + j + ") : un compte y serait compté deux fois.",
                            List.of(rule.describe(), earlier.describe()));
                }
            }
        }
        List<String> gaps = mapping.gaps(chartCodes);
        if (!gaps.isEmpty()) {
            throw new StatementsException(StatementsRejection.MAPPING_GAP, "rules", gaps.size() + " trou(s) dans la correspondance. Premier : "
                    + gaps.get(0) + ".", gaps);
        }
    }

    private static StatementsException invalid(String field, String detail) {
        return new StatementsException(StatementsRejection.MAPPING_INVALID, field, detail, List.of());
    }
}
