package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Automatic matching, without a database: each line, in order, against the rules in the
 * accountant's order. The first rule that finds exactly one counterpart decides; a rule that finds
 * several makes the line ambiguous (the accountant picks, nothing is guessed), and so does a single
 * counterpart that another line of the same amount could equally claim. Items are indexed by amount.
 */
final class Matcher {

    /** A statement line to match. */
    record Line(long id, LocalDate date, long amount, String label, Long chequeNumber) {
    }

    /** What the matching decided for a line: matched with {@code items}, booked by {@code rule}, ambiguous between {@code items}, or nothing. */
    record Decision(Line line, LineStatus status, MatchingRule rule, List<OpenItem> items) {
    }

    private final List<MatchingRule> rules;
    private final Map<Long, List<OpenItem>> byAmount = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    Matcher(List<MatchingRule> rules, List<OpenItem> items) {
        this.rules = rules.stream().filter(MatchingRule::active).toList();
        for (OpenItem item : items) {
            byAmount.computeIfAbsent(item.amount(), amount -> new ArrayList<>()).add(item);
        }
    }

    List<Decision> match(List<Line> lines) {
        Map<Long, List<Line>> linesByAmount = new HashMap<>();
        lines.forEach(line -> linesByAmount.computeIfAbsent(line.amount(), amount -> new ArrayList<>()).add(line));
        List<Decision> decisions = new ArrayList<>(lines.size());
        for (Line line : lines) {
            decisions.add(decide(line, linesByAmount.get(line.amount())));
        }
        return decisions;
    }

    /** The open items a rule would offer a line, whatever other lines claim: the candidates shown on the matching screen. */
    List<OpenItem> candidates(Line line) {
        List<OpenItem> all = new ArrayList<>();
        for (MatchingRule rule : rules) {
            if (rule.kind() != RuleKind.BOOKING) {
                fits(rule, line).stream().filter(item -> !all.contains(item)).forEach(all::add);
            }
        }
        return all;
    }

    private Decision decide(Line line, List<Line> sameAmount) {
        for (MatchingRule rule : rules) {
            if (!rule.fitsDirection(line.amount())) {
                continue;
            }
            if (rule.kind() == RuleKind.BOOKING) {
                if (rule.pattern().matcher(line.label()).find()) {
                    return new Decision(line, LineStatus.BOOKED, rule, List.of());
                }
                continue;
            }
            List<OpenItem> found = fits(rule, line);
            if (found.size() > 1) {
                return new Decision(line, LineStatus.AMBIGUOUS, rule, found);
            }
            if (found.size() == 1) {
                OpenItem item = found.get(0);
                boolean contested = rule.kind() != RuleKind.EXACT_CHEQUE && sameAmount.stream()
                        .anyMatch(other -> other != line && !other.equals(line) && fitsItem(rule, other, item));
                if (contested) {
                    return new Decision(line, LineStatus.AMBIGUOUS, rule, found);
                }
                taken.add(item.key());
                return new Decision(line, LineStatus.MATCHED, rule, found);
            }
        }
        return new Decision(line, LineStatus.UNMATCHED, null, List.of());
    }

    private List<OpenItem> fits(MatchingRule rule, Line line) {
        List<OpenItem> found = new ArrayList<>();
        for (OpenItem item : byAmount.getOrDefault(line.amount(), List.of())) {
            if (!taken.contains(item.key()) && fitsItem(rule, line, item)) {
                found.add(item);
            }
        }
        return found;
    }

    private static boolean fitsItem(MatchingRule rule, Line line, OpenItem item) {
        if (item.amount() != line.amount()) {
            return false;
        }
        return switch (rule.kind()) {
            case EXACT_CHEQUE -> line.chequeNumber() != null && line.chequeNumber().equals(item.chequeNumber());
            case DEPOSIT -> "deposits".equals(item.register()) && line.amount() > 0 && within(rule, line, item);
            case CANDIDATE -> (line.chequeNumber() == null || item.chequeNumber() == null || line.chequeNumber().equals(item.chequeNumber()))
                    && within(rule, line, item) && labelFits(rule.pattern(), line);
            case BOOKING -> false;
        };
    }

    private static boolean within(MatchingRule rule, Line line, OpenItem item) {
        return item.date() == null || Math.abs(ChronoUnit.DAYS.between(item.date(), line.date())) <= rule.daysWindow();
    }

    private static boolean labelFits(Pattern pattern, Line line) {
        return pattern == null || pattern.matcher(line.label()).find();
    }
}
