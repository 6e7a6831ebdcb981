package sn.pmas.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of a year with the year before (docs/financial-statements.md): bilan, compte de
 * résultat, TFT, their cross-checks (publishing needs them all passed), the accounts no rule
 * places, and the notes.
 */
public record FinancialStatements(int year, int mappingVersion, boolean closed, List<StatementLine> bilan, List<StatementLine> incomeStatement,
                                  List<StatementLine> cashFlows, List<CrossCheck> checks, List<String> unmapped, List<NoteRow> notes) {

    /** Total assets, total liabilities; the result in the CR and in the bilan; closing cash in the TFT. */
    static final String TOTAL_ASSETS = "BZ";
    static final String TOTAL_LIABILITIES = "DZ";
    static final String NET_RESULT = "XE";
    static final String BILAN_RESULT = "CH";
    static final String CLOSING_CASH = "ZH";

    static FinancialStatements of(Mapping mapping, YearFigures figures, YearFigures previousFigures) {
        ComputedYear year = ComputedYear.of(mapping, figures);
        ComputedYear previous = ComputedYear.of(mapping, previousFigures);
        List<CrossCheck> checks = new ArrayList<>();
        checks.add(CrossCheck.equal("balance", "Total actif (BZ) = total passif (DZ)",
                year.amount(StatementKind.BILAN, TOTAL_ASSETS), year.amount(StatementKind.BILAN, TOTAL_LIABILITIES)));
        checks.add(CrossCheck.equal("result", "Résultat du compte de résultat (XE) = résultat du bilan (CH)",
                year.amount(StatementKind.CR, NET_RESULT), year.amount(StatementKind.BILAN, BILAN_RESULT)));
        checks.add(CrossCheck.equal("cash", "Trésorerie de clôture du TFT (ZH) = trésorerie du bilan (BX - DX)",
                year.amount(StatementKind.TFT, CLOSING_CASH), year.bilanCash()));
        List<String> unmapped = year.unmapped();
        checks.add(new CrossCheck("mapped", "Chaque compte soldé ou mouvementé a sa ligne", unmapped.isEmpty(), unmapped.size(), 0, unmapped));
        return new FinancialStatements(figures.year(), mapping.version(), figures.closed(), lines(mapping, StatementKind.BILAN, year, previous),
                lines(mapping, StatementKind.CR, year, previous), lines(mapping, StatementKind.TFT, year, previous), checks, unmapped,
                StatementNotes.of(mapping, figures, previousFigures, year, previous));
    }

    private static List<StatementLine> lines(Mapping mapping, StatementKind statement, ComputedYear year, ComputedYear previous) {
        return mapping.lines(statement).stream().map(line -> new StatementLine(line.code(), line.label(), line.total(),
                year.amount(statement, line.code()), previous.amount(statement, line.code()))).toList();
    }

    /** The accounts behind a detail line, auxiliaries rolled up, for the year and the year before. */
    static List<LineAccount> accounts(StatementKind statement, String code, ComputedYear year, ComputedYear previous) {
        Map<String, long[]> amounts = new TreeMap<>();
        year.accounts(statement, code).forEach((heading, amount) -> amounts.computeIfAbsent(heading, h -> new long[2])[0] += amount);
        previous.accounts(statement, code).forEach((heading, amount) -> amounts.computeIfAbsent(heading, h -> new long[2])[1] += amount);
        return amounts.entrySet().stream().map(e -> new LineAccount(e.getKey(),
                year.accounts(statement, code).containsKey(e.getKey()) ? year.name(e.getKey()) : previous.name(e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    public List<StatementLine> lines(StatementKind statement) {
        return switch (statement) {
            case BILAN -> bilan;
            case CR -> incomeStatement;
            case TFT -> cashFlows;
        };
    }

    public boolean passed() {
        return checks.stream().allMatch(CrossCheck::passed);
    }

    public List<String> failures() {
        return checks.stream().flatMap(check -> check.failures().stream()).toList();
    }
}
