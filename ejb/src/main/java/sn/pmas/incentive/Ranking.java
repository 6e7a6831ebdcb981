package sn.pmas.incentive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One category's ranking (docs/provider-incentive.md): by score, best first; equal scores share a
 * rank (1, 2, 2, 4) and are listed by code. The better-performing half is admitted: the ranks up to
 * the cut, half the count rounded up (of 5, the first 3: the middle one is in); a tie across the
 * cut admits every provider of the tied rank, so that no one is left out by a coin toss.
 */
public final class Ranking {

    /** A provider's place: its rank and whether it is within the cut. */
    public record Place(ProviderIndicators provider, int scorePoints, int rank, boolean admitted) {
    }

    private Ranking() {
    }

    public static int cut(int count) {
        return (count + 1) / 2;
    }

    /** Every provider of one category with its score points, ranked. */
    public static List<Place> rank(List<ProviderIndicators> providers, IncentiveTerms terms) {
        record Scored(ProviderIndicators provider, int points) {
        }
        List<Scored> sorted = providers.stream().map(p -> new Scored(p, p.scorePoints(terms)))
                .sorted(Comparator.comparingInt(Scored::points).reversed().thenComparing(s -> s.provider().code())).toList();
        int cut = cut(sorted.size());
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scored scored = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).points() == scored.points() ? places.get(i - 1).rank() : i + 1;
            places.add(new Place(scored.provider(), scored.points(), rank, rank <= cut));
        }
        return places;
    }
}
