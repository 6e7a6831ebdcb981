package sn.pmas.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The notes the ledger can fill (docs/financial-statements.md, "Notes"): bank and cash account by
 * account; the funds held for the principals, each principal apart, with their share of the
 * balance sheet; receivables and payables by maturity; fixed assets gross and depreciated.
 */
final class StatementNotes {

    static final String CASH = "Trésorerie : banques et caisses";
    static final String PRINCIPALS = "Fonds détenus pour le compte des mandants";
    static final String MATURITIES = "Créances et dettes par échéance";
    static final String FIXED_ASSETS = "Immobilisations et amortissements";

    /** The principals' current accounts: insurers (4581) and delegating schemes (47121), their auxiliaries each apart. */
    private static final Set<String> PRINCIPAL_HEADINGS = Set.of("4581", "47121");
    /** Receivables and payables of the bilan: class 4 is due within the year; financial debts (16-18) beyond it. */
    private static final List<String> SHORT_TERM = List.of("BA", "BC", "BD", "BE", "DF", "DG", "DH", "DI");
    private static final List<String> LONG_TERM = List.of("DA", "DB");

    private StatementNotes() {
    }

    static List<NoteRow> of(Mapping mapping, YearFigures figures, YearFigures previousFigures, ComputedYear year, ComputedYear previous) {
        List<NoteRow> notes = new ArrayList<>();
        balances(notes, CASH, figures, previousFigures, account -> !account.incomeStatement() && mapping.treasury(account.code()), 1, false);
        int principals = notes.size();
        balances(notes, PRINCIPALS, figures, previousFigures, account -> PRINCIPAL_HEADINGS.contains(account.heading()), -1, true);
        long held = notes.subList(principals, notes.size()).stream().mapToLong(NoteRow::amount).sum();
        long heldBefore = notes.subList(principals, notes.size()).stream().mapToLong(NoteRow::previous).sum();
        long liabilities = year.amount(StatementKind.BILAN, FinancialStatements.TOTAL_LIABILITIES);
        notes.add(new NoteRow(PRINCIPALS, "", "Total des fonds des mandants", held, heldBefore, share(held, liabilities) + " du total du passif"));
        for (String code : SHORT_TERM) {
            maturity(notes, mapping, code, year, previous, "à moins d'un an");
        }
        for (String code : LONG_TERM) {
            maturity(notes, mapping, code, year, previous, "à plus d'un an");
        }
        fixedAssets(notes, mapping, figures, previousFigures);
        return notes;
    }

    /** One row per account (auxiliaries apart) of a year-end balance, shown positive on {@code sense}'s side. */
    private static void balances(List<NoteRow> notes, String note, YearFigures figures, YearFigures previousFigures,
                                 Predicate<AccountFigures> kept, int sense, boolean auxiliaries) {
        Map<String, long[]> rows = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        collect(rows, names, figures, kept, auxiliaries, 0);
        collect(rows, names, previousFigures, kept, auxiliaries, 1);
        rows.forEach((code, amounts) -> {
            if (amounts[0] != 0 || amounts[1] != 0) {
                notes.add(new NoteRow(note, code, names.get(code), sense * amounts[0], sense * amounts[1], ""));
            }
        });
    }

    private static void collect(Map<String, long[]> rows, Map<String, String> names, YearFigures figures, Predicate<AccountFigures> kept,
                                boolean auxiliaries, int column) {
        for (AccountFigures account : figures.accounts()) {
            if (kept.test(account)) {
                String code = auxiliaries ? account.code() : account.heading();
                rows.computeIfAbsent(code, c -> new long[2])[column] += account.closing();
                names.putIfAbsent(code, auxiliaries ? account.name() : account.headingName());
            }
        }
    }

    private static void maturity(List<NoteRow> notes, Mapping mapping, String code, ComputedYear year, ComputedYear previous, String due) {
        long amount = year.amount(StatementKind.BILAN, code);
        long before = previous.amount(StatementKind.BILAN, code);
        if (amount != 0 || before != 0) {
            notes.add(new NoteRow(MATURITIES, code, mapping.line(StatementKind.BILAN, code).orElseThrow().label(), amount, before, due));
        }
    }

    /** Per fixed-asset line: gross values, then depreciation (28x, 29x), when there are any. */
    private static void fixedAssets(List<NoteRow> notes, Mapping mapping, YearFigures figures, YearFigures previousFigures) {
        Map<String, long[]> rows = new TreeMap<>();
        fixedAssets(rows, mapping, figures, 0);
        fixedAssets(rows, mapping, previousFigures, 1);
        rows.forEach((key, amounts) -> {
            String line = key.substring(0, 2);
            boolean depreciation = key.endsWith("D");
            notes.add(new NoteRow(FIXED_ASSETS, line, mapping.line(StatementKind.BILAN, line).orElseThrow().label()
                    + (depreciation ? " : amortissements et dépréciations" : " : valeur brute"), amounts[0], amounts[1], ""));
        });
    }

    private static void fixedAssets(Map<String, long[]> rows, Mapping mapping, YearFigures figures, int column) {
        for (AccountFigures account : figures.accounts()) {
            if (account.accountClass() != 2 || account.closing() == 0) {
                continue;
            }
            boolean depreciation = account.code().startsWith("28") || account.code().startsWith("29");
            mapping.place(account.code(), account.closing() > 0 ? BalanceSide.DEBIT : BalanceSide.CREDIT).ifPresent(rule ->
                    rows.computeIfAbsent(rule.line() + (depreciation ? "D" : "G"), k -> new long[2])[column] += account.closing());
        }
    }

    private static String share(long part, long whole) {
        if (whole == 0) {
            return "0 %";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN).toPlainString().replace('.', ',') + " %";
    }
}
