package sn.pmas.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.pmas.party.ConventionType;

/** A year of 10 providers in two categories, computed by hand (docs/provider-incentive.md). */
class IncentiveComputationTest {

    static final IncentiveTerms TERMS = new IncentiveTerms(LocalDate.of(2013, 1, 1), new BigDecimal("0.5"), new BigDecimal("0.5"), 30,
            new BigDecimal("0.4"), new BigDecimal("0.4"), new BigDecimal("0.2"), ShareRule.SCORE_TIMES_CLAIMS, null);

    static ProviderIndicators hospital(String code, int invoices, int onTime, long claimed, long rejected, int direct) {
        return new ProviderIndicators(code.hashCode(), code, code, ConventionType.HOSPITAL, invoices, onTime, claimed, rejected, direct);
    }

    static ProviderIndicators facility(String code, int invoices, int onTime, long claimed, long rejected, int direct) {
        return new ProviderIndicators(code.hashCode(), code, code, ConventionType.PUBLIC_FACILITY, invoices, onTime, claimed, rejected, direct);
    }

    static final List<ProviderIndicators> TEN = List.of(
            hospital("H4", 4, 0, 300_000, 100_000, 0),       // 0 + 0.4 × 0.75 + 0.2       = 5 000
            hospital("H1", 10, 10, 1_000_000, 0, 0),         // 0.4 + 0.4 + 0.2            = 10 000
            hospital("H3", 10, 5, 500_000, 0, 10),           // 0.2 + 0.4 + 0.2 × 0.5      = 7 000
            hospital("H2", 10, 8, 900_000, 100_000, 0),      // 0.32 + 0.36 + 0.2          = 8 800
            facility("F6", 10, 0, 300_000, 100_000, 0),      // 0 + 0.3 + 0.2              = 5 000
            facility("F4", 5, 5, 100_000, 100_000, 5),       // 0.4 + 0.2 + 0.1            = 7 000
            facility("F1", 4, 3, 400_000, 0, 0),             // 0.3 + 0.4 + 0.2            = 9 000
            facility("F3", 10, 10, 150_000, 150_000, 10),    // 0.4 + 0.2 + 0.1            = 7 000
            facility("F5", 10, 0, 500_000, 0, 0),            // 0 + 0.4 + 0.2              = 6 000
            facility("F2", 10, 5, 300_000, 0, 0));           // 0.2 + 0.4 + 0.2            = 8 000

    @Test
    void scoresAreTheWeightedIndicatorsInPointsOfTenThousand() {
        assertEquals(List.of(5_000, 10_000, 7_000, 8_800, 5_000, 7_000, 9_000, 7_000, 6_000, 8_000),
                TEN.stream().map(p -> p.scorePoints(TERMS)).toList());
    }

    @Test
    void theBetterHalfOfEachRankingSharesItsCategoryToTheFranc() {
        IncentiveTable table = IncentiveComputation.compute(2025, 10_000_001, 0, 1, TERMS, TEN);
        assertEquals(10_000_001, table.base());
        assertEquals(5_000_000, table.poolAmount(), "5 000 000.5 rounded half-even");
        assertEquals(2_500_000, table.hospitalAmount());
        assertEquals(2_500_000, table.otherAmount());
        // hospitals: 4 ranked, the first 2 admitted; 1 395 089.29 and 1 104 910.71: the franc left goes to the larger remainder
        assertEquals(List.of("H1:1:true:1395089", "H2:2:true:1104911", "H3:3:false:0", "H4:4:false:0"), lines(table, ConventionType.HOSPITAL));
        // others: 6 ranked, cut at 3, F3 and F4 tied at rank 3 both admitted; 1 161 290.32, 774 193.55, 338 709.68, 225 806.45
        assertEquals(List.of("F1:1:true:1161290", "F2:2:true:774194", "F3:3:true:338710", "F4:3:true:225806", "F5:5:false:0", "F6:6:false:0"),
                lines(table, ConventionType.PUBLIC_FACILITY));
        assertEquals(5_000_000, table.sharedAmount());
    }

    @Test
    void priorLossesAreCarriedBeforeTheRate() {
        IncentiveTable table = IncentiveComputation.compute(2025, 10_000_000, 4_000_000, 1, TERMS, TEN);
        assertEquals(6_000_000, table.base());
        assertEquals(3_000_000, table.poolAmount());
        IncentiveTable deficit = IncentiveComputation.compute(2025, 3_000_000, 4_000_000, 1, TERMS, TEN);
        assertEquals(0, deficit.base());
        assertEquals(0, deficit.sharedAmount());
    }

    @Test
    void aCategoryWithoutProvidersKeepsItsPartUnbooked() {
        IncentiveTable table = IncentiveComputation.compute(2025, 1_000_000, 0, 1, TERMS, TEN.subList(0, 4));
        assertEquals(250_000, table.hospitalAmount());
        assertEquals(250_000, table.sharedAmount(), "only the hospitals' part is shared");
    }

    private static List<String> lines(IncentiveTable table, ConventionType category) {
        return table.of(category).stream().map(r -> r.code() + ":" + r.rank() + ":" + r.admitted() + ":" + r.share()).toList();
    }
}
