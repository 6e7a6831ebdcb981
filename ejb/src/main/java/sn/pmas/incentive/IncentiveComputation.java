package sn.pmas.incentive;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.party.ConventionType;

/** The pure computation of a year's distribution table from the ledger's figures and the registers' indicators. */
public final class IncentiveComputation {

    /** The two rankings, hospitals first. */
    public static final List<ConventionType> CATEGORIES = List.of(ConventionType.HOSPITAL, ConventionType.PUBLIC_FACILITY);

    private IncentiveComputation() {
    }

    public static IncentiveTable compute(int year, long operatingResult, long carriedLosses, long parameterId, IncentiveTerms terms,
                                         List<ProviderIndicators> providers) {
        long base = Math.max(0, operatingResult - carriedLosses);
        long pool = halfEven(BigDecimal.valueOf(base).multiply(terms.surplusRate()));
        long hospitals = halfEven(BigDecimal.valueOf(pool).multiply(terms.hospitalPart()));
        List<IncentiveRow> rows = new ArrayList<>();
        for (ConventionType category : CATEGORIES) {
            long amount = category == ConventionType.HOSPITAL ? hospitals : pool - hospitals;
            List<Ranking.Place> places = Ranking.rank(providers.stream().filter(p -> p.category() == category).toList(), terms);
            List<BigInteger> weights = places.stream().map(place -> place.admitted()
                    ? terms.shareRule().weight(place.scorePoints(), place.provider().claimedAmount()) : BigInteger.ZERO).toList();
            long[] shares = LargestRemainder.split(amount, weights);
            for (int i = 0; i < places.size(); i++) {
                rows.add(IncentiveRow.of(places.get(i), shares[i]));
            }
        }
        return new IncentiveTable(year, operatingResult, carriedLosses, base, pool, hospitals, pool - hospitals, parameterId, terms, rows);
    }

    private static long halfEven(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
