package sn.pmas.bankstatement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules on hand-made lines and items: first rule that finds one counterpart wins, several is ambiguous, none is left. */
class MatcherTest {

    private static final LocalDate D = LocalDate.of(2025, 12, 10);
    private static final List<MatchingRule> RULES = List.of(
            new MatchingRule(1L, 1, RuleKind.EXACT_CHEQUE, "Chèque", null, null, 0, null, true),
            new MatchingRule(2L, 2, RuleKind.DEPOSIT, "Remise", null, "CREDIT", 10, null, true),
            new MatchingRule(3L, 3, RuleKind.CANDIDATE, "Montant et date", null, null, 5, null, true),
            new MatchingRule(4L, 4, RuleKind.BOOKING, "Frais", "(?i)frais", "DEBIT", 0, "631", true),
            new MatchingRule(5L, 5, RuleKind.BOOKING, "Intérêts", "(?i)int[eé]r[eê]ts", "CREDIT", 0, "771", false));

    @Test
    void aChequeIsMatchedByNumberAndAmountEvenBesideAnotherOfTheSameAmount() {
        List<OpenItem> items = List.of(cheque("Q1", 7, -150_000), cheque("Q2", 8, -150_000));
        Matcher.Decision decision = new Matcher(RULES, items).match(List.of(new Matcher.Line(1, D, -150_000, "CHEQUE 8", 8L))).get(0);
        assertEquals(LineStatus.MATCHED, decision.status());
        assertEquals("Q2", decision.items().get(0).reference());
        assertEquals(RuleKind.EXACT_CHEQUE, decision.rule().kind());
    }

    @Test
    void twoCandidatesMakeTheLineAmbiguousAndNothingIsGuessed() {
        List<OpenItem> items = List.of(ledger("1/1", 300_000, D.minusDays(3)), ledger("2/1", 300_000, D.minusDays(1)));
        Matcher.Decision decision = new Matcher(RULES, items).match(List.of(new Matcher.Line(1, D, 300_000, "VERSEMENT", null))).get(0);
        assertEquals(LineStatus.AMBIGUOUS, decision.status());
        assertEquals(2, decision.items().size());
    }

    @Test
    void oneCandidateTwoLinesCouldClaimIsAmbiguousToo() {
        List<OpenItem> items = List.of(ledger("1/1", 300_000, D));
        List<Matcher.Decision> decisions = new Matcher(RULES, items).match(List.of(new Matcher.Line(1, D, 300_000, "VERSEMENT", null),
                new Matcher.Line(2, D.plusDays(1), 300_000, "VERSEMENT", null)));
        assertEquals(List.of(LineStatus.AMBIGUOUS, LineStatus.AMBIGUOUS), decisions.stream().map(Matcher.Decision::status).toList());
    }

    @Test
    void outsideTheWindowOrWithoutCounterpartALineIsBookedByRuleOrLeft() {
        List<OpenItem> items = List.of(ledger("1/1", 42_000, D.minusDays(6)));
        List<Matcher.Decision> decisions = new Matcher(RULES, items).match(List.of(new Matcher.Line(1, D, 42_000, "VIREMENT", null),
                new Matcher.Line(2, D, -5_000, "FRAIS TENUE DE COMPTE", null), new Matcher.Line(3, D, 1_250, "INTERETS", null)));
        assertEquals(List.of(LineStatus.UNMATCHED, LineStatus.BOOKED, LineStatus.UNMATCHED),
                decisions.stream().map(Matcher.Decision::status).toList(), "the interest rule is inactive");
        assertEquals("631", decisions.get(1).rule().accountCode());
    }

    @Test
    void aDepositSlipIsMatchedByItsTotalOnACredit() {
        List<OpenItem> items = List.of(new OpenItem("deposits", "REM-1", 820_000, D.minusDays(8), null, "Remise"));
        Matcher.Decision decision = new Matcher(RULES, items).match(List.of(new Matcher.Line(1, D, 820_000, "REMISE CHEQUES", null))).get(0);
        assertEquals(LineStatus.MATCHED, decision.status());
        assertEquals(RuleKind.DEPOSIT, decision.rule().kind());
    }

    private static OpenItem cheque(String reference, long number, long amount) {
        return new OpenItem("cheques.outgoing", reference, amount, D.minusDays(2), number, "Chèque " + number);
    }

    private static OpenItem ledger(String reference, long amount, LocalDate on) {
        return new OpenItem(OpenItem.LEDGER, reference, amount, on, null, "Recette");
    }
}
