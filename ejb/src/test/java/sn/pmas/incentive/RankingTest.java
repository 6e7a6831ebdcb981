package sn.pmas.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static ProviderIndicators scoring(String code, int onTime) {
        return IncentiveComputationTest.facility(code, 10, onTime, 100_000, 0, 0);
    }

    private static List<String> places(List<ProviderIndicators> providers) {
        return Ranking.rank(providers, IncentiveComputationTest.TERMS).stream()
                .map(p -> p.provider().code() + ":" + p.rank() + ":" + (p.admitted() ? "in" : "out")).toList();
    }

    @Test
    void anOddCountAdmitsTheMiddleOne() {
        assertEquals(List.of(1, 1, 2, 2, 3), List.of(Ranking.cut(1), Ranking.cut(2), Ranking.cut(3), Ranking.cut(4), Ranking.cut(5)));
        assertEquals(List.of("A:1:in", "B:2:in", "C:3:in", "D:4:out", "E:5:out"),
                places(List.of(scoring("E", 2), scoring("C", 6), scoring("A", 10), scoring("D", 4), scoring("B", 8))));
    }

    @Test
    void equalScoresShareARankAndATieAtTheCutAdmitsThemAll() {
        assertEquals(List.of("A:1:in", "B:2:in", "C:2:in", "D:4:out"),
                places(List.of(scoring("D", 1), scoring("C", 5), scoring("B", 5), scoring("A", 10))));
        assertEquals(List.of("A:1:in", "B:1:in", "C:1:in", "D:1:in"),
                places(List.of(scoring("D", 5), scoring("C", 5), scoring("B", 5), scoring("A", 5))), "all equal: all in");
    }
}
