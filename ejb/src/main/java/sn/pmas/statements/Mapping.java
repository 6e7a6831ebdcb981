package sn.pmas.statements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A version of the mapping of account ranges to statement lines, with the lines it maps to
 * (docs/financial-statements.md): the version in force for a year is the latest one valid from
 * that year or before.
 */
public record Mapping(int version, int validFromYear, List<LineDefinition> lines, List<MappingRule> rules) {

    public Mapping {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }

    public List<LineDefinition> lines(StatementKind statement) {
        return lines.stream().filter(line -> line.statement() == statement).toList();
    }

    public Optional<LineDefinition> line(StatementKind statement, String code) {
        return lines.stream().filter(line -> line.statement() == statement && line.code().equals(code)).findFirst();
    }

    /** The bilan or compte de résultat rule placing an account's balance on that side. */
    Optional<MappingRule> place(String accountCode, BalanceSide balance) {
        return rules.stream().filter(rule -> rule.statement().placesBalances() && rule.covers(accountCode, balance)).findFirst();
    }

    /** The TFT rule of a treasury account's counterpart, money in (CREDIT) or out (DEBIT). */
    Optional<MappingRule> flow(String accountCode, BalanceSide direction) {
        return rules.stream().filter(rule -> rule.statement() == StatementKind.TFT && rule.covers(accountCode, direction)).findFirst();
    }

    /** An account is treasury when the bilan places it, on either side, on a line marked treasury (the TFT's cash). */
    boolean treasury(String accountCode) {
        for (BalanceSide side : List.of(BalanceSide.DEBIT, BalanceSide.CREDIT)) {
            Optional<MappingRule> rule = place(accountCode, side);
            if (rule.isPresent() && line(rule.get().statement(), rule.get().line()).map(LineDefinition::treasury).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What keeps the rules from being a mapping of the chart: for each chart account and side,
     * no bilan or compte de résultat line, or (not treasury) no TFT line. Empty when complete.
     */
    List<String> gaps(Collection<String> chartCodes) {
        List<String> gaps = new ArrayList<>();
        for (String code : chartCodes) {
            for (BalanceSide side : List.of(BalanceSide.DEBIT, BalanceSide.CREDIT)) {
                if (place(code, side).isEmpty()) {
                    gaps.add("compte " + code + " (" + side.label() + ") : aucune ligne du bilan ou du compte de résultat");
                }
            }
            if (!treasury(code)) {
                if (flow(code, BalanceSide.CREDIT).isEmpty()) {
                    gaps.add("compte " + code + " (encaissement) : aucune ligne du TFT");
                }
                if (flow(code, BalanceSide.DEBIT).isEmpty()) {
                    gaps.add("compte " + code + " (décaissement) : aucune ligne du TFT");
                }
            }
        }
        return gaps;
    }
}
