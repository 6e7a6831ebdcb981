package sn.pmas.bankstatement;

import java.util.regex.Pattern;

/**
 * A matching rule, in the accountant's order. {@code direction} DEBIT (money out) or CREDIT (money
 * in) or null for both; {@code accountCode} only for {@link RuleKind#BOOKING}.
 */
public record MatchingRule(Long id, int order, RuleKind kind, String name, String labelPattern, String direction, int daysWindow,
                           String accountCode, boolean active) {

    /** The label pattern, compiled; null when the rule has none. */
    Pattern pattern() {
        return labelPattern == null || labelPattern.isBlank() ? null : Pattern.compile(labelPattern);
    }

    boolean fitsDirection(long amount) {
        return direction == null || ("CREDIT".equals(direction) ? amount > 0 : amount < 0);
    }
}
