package sn.pmas.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statements computed from a small year by hand, on a mapping of a few lines: the same
 * figures whether the year is open or closed (its closing entries booked), the cross-checks
 * failing on a mapping with a hole and listing the account, and the mapping's refusals.
 */
class FinancialStatementsTest {

    private static final BalanceSide ANY = BalanceSide.ANY;

    private static LineDefinition line(StatementKind statement, String code, char nature) {
        return new LineDefinition(statement, code, code, nature, LineDefinition.Kind.LINE, null, statement == StatementKind.BILAN && code.equals("BW"));
    }

    private static LineDefinition total(StatementKind statement, String code, char nature, String of) {
        return new LineDefinition(statement, code, code, nature, LineDefinition.Kind.TOTAL, of, false);
    }

    private static final List<LineDefinition> LINES = List.of(
            line(StatementKind.BILAN, "BE", 'D'), line(StatementKind.BILAN, "BW", 'D'), total(StatementKind.BILAN, "BZ", 'D', "BE+BW"),
            line(StatementKind.BILAN, "CG", 'C'), line(StatementKind.BILAN, "CH", 'C'), line(StatementKind.BILAN, "DI", 'C'),
            total(StatementKind.BILAN, "DZ", 'C', "CG+CH+DI"),
            line(StatementKind.CR, "RE", 'C'), line(StatementKind.CR, "TC", 'D'), total(StatementKind.CR, "XE", 'C', "RE-TC"),
            new LineDefinition(StatementKind.TFT, "ZA", "ZA", 'C', LineDefinition.Kind.OPENING_CASH, null, false),
            line(StatementKind.TFT, "FE", 'C'), line(StatementKind.TFT, "FF", 'C'), line(StatementKind.TFT, "FH", 'C'),
            total(StatementKind.TFT, "ZG", 'C', "FE+FF+FH"), total(StatementKind.TFT, "ZH", 'C', "ZA+ZG"));

    private static final List<MappingRule> RULES = List.of(
            new MappingRule(StatementKind.BILAN, "12", "12", ANY, "CG"), new MappingRule(StatementKind.BILAN, "13", "13", ANY, "CH"),
            new MappingRule(StatementKind.BILAN, "40", "47", BalanceSide.DEBIT, "BE"), new MappingRule(StatementKind.BILAN, "40", "47", BalanceSide.CREDIT, "DI"),
            new MappingRule(StatementKind.BILAN, "52", "57", ANY, "BW"),
            new MappingRule(StatementKind.CR, "60", "69", ANY, "TC"), new MappingRule(StatementKind.CR, "70", "79", ANY, "RE"),
            new MappingRule(StatementKind.TFT, "12", "47", BalanceSide.CREDIT, "FE"), new MappingRule(StatementKind.TFT, "12", "47", BalanceSide.DEBIT, "FH"),
            new MappingRule(StatementKind.TFT, "60", "79", BalanceSide.CREDIT, "FE"), new MappingRule(StatementKind.TFT, "60", "79", BalanceSide.DEBIT, "FF"));

    private static final Mapping MAPPING = new Mapping(1, 2013, LINES, RULES);

    /**
     * Brought forward: bank 1 000 000 against an insurer (4581.A) 1 000 000. The year: the insurer
     * pays in 500 000; a commission of 80 000 on its account; rent 30 000 paid from the bank;
     * a claim of 200 000 paid for it. Bank 1 270 000, insurer 1 220 000, result 50 000.
     */
    private static YearFigures year(boolean closed) {
        List<AccountFigures> accounts = new ArrayList<>();
        accounts.add(new AccountFigures("5211", "Banque", 5, "5211", "Banque", 1_000_000, 0, 500_000 - 30_000 - 200_000, 0));
        accounts.add(new AccountFigures("4581.A", "Assureur A", 4, "4581", "Comptes courants", -1_000_000, 0, -500_000 + 80_000 + 200_000, 0));
        accounts.add(new AccountFigures("70521", "Commissions", 7, "70521", "Commissions", 0, 0, closed ? 0 : -80_000, closed ? 80_000 : 0));
        accounts.add(new AccountFigures("622", "Loyers", 6, "622", "Loyers", 0, 0, closed ? 0 : 30_000, closed ? -30_000 : 0));
        if (closed) {
            accounts.add(new AccountFigures("131", "Excédent", 1, "131", "Excédent", 0, 0, -50_000, -50_000));
        }
        List<Flow> flows = List.of(new Flow("4581.A", "Assureur A", "4581", "Comptes courants", 200_000, 500_000),
                new Flow("622", "Loyers", "622", "Loyers", 30_000, 0));
        return new YearFigures(2071, closed, accounts, flows);
    }

    private static Map<String, Long> amounts(List<StatementLine> lines) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        lines.forEach(line -> amounts.put(line.code(), line.amount()));
        return amounts;
    }

    @Test
    void anOpenYearAndTheSameYearClosedGiveTheSameStatementsAndPassTheirChecks() {
        for (boolean closed : List.of(false, true)) {
            FinancialStatements statements = FinancialStatements.of(MAPPING, year(closed), YearFigures.none(2070));
            assertEquals(Map.of("BE", 0L, "BW", 1_270_000L, "BZ", 1_270_000L, "CG", 0L, "CH", 50_000L, "DI", 1_220_000L, "DZ", 1_270_000L),
                    amounts(statements.bilan()), "closed: " + closed);
            assertEquals(Map.of("RE", 80_000L, "TC", 30_000L, "XE", 50_000L), amounts(statements.incomeStatement()), "closed: " + closed);
            assertEquals(Map.of("ZA", 1_000_000L, "FE", 500_000L, "FF", -30_000L, "FH", -200_000L, "ZG", 270_000L, "ZH", 1_270_000L),
                    amounts(statements.cashFlows()), "closed: " + closed);
            assertTrue(statements.passed(), statements.checks()::toString);
        }
    }

    @Test
    void aMappingWithAHoleFailsTheChecksAndNamesTheAccount() {
        List<MappingRule> holed = RULES.stream().filter(rule -> !rule.line().equals("RE")).toList();
        FinancialStatements statements = FinancialStatements.of(new Mapping(2, 2013, LINES, holed), year(false), YearFigures.none(2070));
        assertFalse(statements.passed());
        assertEquals(List.of("Compte 70521 (solde créditeur 80000) : aucune ligne du bilan ou du compte de résultat"), statements.unmapped());
        Map<String, Boolean> passed = new LinkedHashMap<>();
        statements.checks().forEach(check -> passed.put(check.code(), check.passed()));
        assertEquals(Map.of("balance", true, "result", false, "cash", true, "mapped", false), passed,
                "the income is missing from the CR but its result still stands in the bilan");
    }

    @Test
    void theMappingRefusesOverlapsAndGapsNamingThem() throws StatementsException {
        List<String> chart = List.of("121", "131", "4011", "4581", "5211", "622", "70521");
        List<MappingRule> overlapping = new ArrayList<>(RULES);
        overlapping.add(new MappingRule(StatementKind.BILAN, "521", "521", BalanceSide.CREDIT, "DI"));
        StatementsException overlap = assertThrows(StatementsException.class,
                () -> MappingCheck.check(new Mapping(0, 2013, LINES, overlapping), chart));
        assertEquals(StatementsRejection.MAPPING_OVERLAP, overlap.rejection());
        assertEquals("rules[11]", overlap.field());
        assertTrue(overlap.getMessage().contains("BILAN 521 (solde créditeur) → DI"), overlap.getMessage());

        List<MappingRule> gapped = RULES.stream().filter(rule -> !rule.line().equals("DI")).toList();
        StatementsException gap = assertThrows(StatementsException.class, () -> MappingCheck.check(new Mapping(0, 2013, LINES, gapped), chart));
        assertEquals(StatementsRejection.MAPPING_GAP, gap.rejection());
        assertEquals(List.of("compte 4011 (solde créditeur) : aucune ligne du bilan ou du compte de résultat",
                "compte 4581 (solde créditeur) : aucune ligne du bilan ou du compte de résultat"), gap.failures());

        List<MappingRule> onATotal = new ArrayList<>(RULES);
        onATotal.set(0, new MappingRule(StatementKind.BILAN, "12", "12", ANY, "BZ"));
        assertEquals(StatementsRejection.MAPPING_INVALID,
                assertThrows(StatementsException.class, () -> MappingCheck.check(new Mapping(0, 2013, LINES, onATotal), chart)).rejection());
        MappingCheck.check(MAPPING, chart);
    }
}
