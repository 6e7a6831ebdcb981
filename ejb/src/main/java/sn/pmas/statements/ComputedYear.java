package sn.pmas.statements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One year's statements computed from its {@link YearFigures} through a {@link Mapping}: each
 * account's balance (income and expense: the year's, the closing left out) on the line its rule
 * names, the treasury's counterparts on the TFT, totals by their formulas. What no rule places is
 * listed, not dropped silently. Pure: no database, so every rule is unit-tested.
 */
final class ComputedYear {

    /** Where income and expense of years never closed stand (SYCEBNL 128), as the balance générale shows them. */
    static final String UNALLOCATED_RESULT = "128";
    /** Where the closing would put the year's result: an excess (131) or a deficit (139). */
    static final String EXCESS = "131";
    static final String DEFICIT = "139";
    /** SYCEBNL 13: the result of the year (131 excess, 139 deficit). */
    static final String RESULT_PREFIX = "13";

    private final Mapping mapping;
    private final Map<StatementKind, Map<String, Long>> amounts = new EnumMap<>(StatementKind.class);
    private final Map<String, Map<String, Long>> byAccount = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<String> unmapped = new ArrayList<>();
    private long openingCash;

    private ComputedYear(Mapping mapping) {
        this.mapping = mapping;
        for (StatementKind kind : StatementKind.values()) {
            amounts.put(kind, new HashMap<>());
        }
    }

    static ComputedYear of(Mapping mapping, YearFigures figures) {
        ComputedYear year = new ComputedYear(mapping);
        long carriedResult = 0;
        long unclosedResult = 0;
        for (AccountFigures account : figures.accounts()) {
            if (account.incomeStatement()) {
                carriedResult += account.carried();
                unclosedResult += account.moved();
                year.place(account.code(), account.heading(), account.headingName(), account.result());
            } else if (account.code().startsWith(RESULT_PREFIX)) {
                // the result of the year is what its closing booked; what 13x brings from earlier years awaits allocation
                year.place(account.code(), account.heading(), account.headingName(), account.closingEntries());
                carriedResult += account.closing() - account.closingEntries();
            } else {
                year.place(account.code(), account.heading(), account.headingName(), account.closing());
                if (mapping.treasury(account.code())) {
                    year.openingCash += account.opening();
                }
            }
        }
        year.place(UNALLOCATED_RESULT, UNALLOCATED_RESULT, "Résultats antérieurs en instance d'affectation", carriedResult);
        String resultAccount = unclosedResult <= 0 ? EXCESS : DEFICIT;
        year.place(resultAccount, resultAccount, "Résultat de l'exercice (non encore clôturé)", unclosedResult);
        for (Flow flow : figures.flows()) {
            year.flow(flow, BalanceSide.CREDIT, flow.credit());
            year.flow(flow, BalanceSide.DEBIT, -flow.debit());
        }
        for (LineDefinition line : mapping.lines()) {
            if (line.total()) {
                year.total(line);
            }
        }
        return year;
    }

    private void place(String code, String heading, String headingName, long signed) {
        if (signed == 0) {
            return;
        }
        BalanceSide side = signed > 0 ? BalanceSide.DEBIT : BalanceSide.CREDIT;
        Optional<MappingRule> rule = mapping.place(code, side);
        if (rule.isEmpty()) {
            unmapped.add("Compte " + code + " (" + side.label() + " " + Math.abs(signed) + ") : aucune ligne du bilan ou du compte de résultat");
            return;
        }
        LineDefinition line = mapping.line(rule.get().statement(), rule.get().line()).orElseThrow();
        add(line, heading, headingName, line.shown(signed));
    }

    private void flow(Flow flow, BalanceSide direction, long amount) {
        if (amount == 0) {
            return;
        }
        Optional<MappingRule> rule = mapping.flow(flow.code(), direction);
        if (rule.isEmpty()) {
            unmapped.add("Compte " + flow.code() + " (" + (direction == BalanceSide.CREDIT ? "encaissement " : "décaissement ")
                    + Math.abs(amount) + ") : aucune ligne du TFT");
            return;
        }
        add(mapping.line(StatementKind.TFT, rule.get().line()).orElseThrow(), flow.heading(), flow.headingName(), amount);
    }

    private void add(LineDefinition line, String heading, String headingName, long amount) {
        amounts.get(line.statement()).merge(line.code(), amount, Long::sum);
        byAccount.computeIfAbsent(key(line.statement(), line.code()), k -> new TreeMap<>()).merge(heading, amount, Long::sum);
        names.putIfAbsent(heading, headingName);
    }

    private long total(LineDefinition line) {
        Map<String, Long> statement = amounts.get(line.statement());
        Long known = statement.get(line.code());
        if (known != null) {
            return known;
        }
        long total = 0;
        if (line.kind() == LineDefinition.Kind.OPENING_CASH) {
            total = openingCash;
        } else {
            for (LineDefinition.Term term : line.terms()) {
                LineDefinition part = mapping.line(line.statement(), term.code()).orElseThrow();
                total += term.sign() * (part.total() ? total(part) : statement.getOrDefault(part.code(), 0L));
            }
        }
        statement.put(line.code(), total);
        return total;
    }

    long amount(StatementKind statement, String code) {
        return amounts.get(statement).getOrDefault(code, 0L);
    }

    /** Treasury on 31 December as the bilan shows it: its treasury assets less its treasury liabilities. */
    long bilanCash() {
        long cash = 0;
        for (LineDefinition line : mapping.lines(StatementKind.BILAN)) {
            if (line.treasury()) {
                cash += (line.nature() == 'D' ? 1 : -1) * amount(StatementKind.BILAN, line.code());
            }
        }
        return cash;
    }

    long openingCash() {
        return openingCash;
    }

    List<String> unmapped() {
        return List.copyOf(unmapped);
    }

    /** The accounts behind a detail line, by heading, with their amounts. */
    Map<String, Long> accounts(StatementKind statement, String code) {
        return byAccount.getOrDefault(key(statement, code), Map.of());
    }

    String name(String heading) {
        return names.getOrDefault(heading, heading);
    }

    private static String key(StatementKind statement, String code) {
        return statement + ":" + code;
    }
}
