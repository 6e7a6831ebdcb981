package sn.pmas.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import sn.pmas.party.ConventionType;

/**
 * One line of the distribution table: a provider's indicators, score, rank, whether it is within
 * its category's cut, its weight in the split and its share in whole francs. Rates are shown to 4
 * decimals; the score and the split use the exact ones.
 */
public record IncentiveRow(String code, String name, ConventionType category, int invoices, int invoicesOnTime,
                           BigDecimal onTimeRate, long claimedAmount, long rejectedAmount, BigDecimal rejectionRate,
                           int directRequests, BigDecimal directRate, int scorePoints, int rank, boolean admitted, long share) {

    static IncentiveRow of(Ranking.Place place, long share) {
        ProviderIndicators p = place.provider();
        return new IncentiveRow(p.code(), p.name(), p.category(), p.invoices(), p.invoicesOnTime(), shown(p.onTimeRate()),
                p.claimedAmount(), p.rejectedAmount(), shown(p.rejectionRate()), p.directRequests(), shown(p.directRate()),
                place.scorePoints(), place.rank(), place.admitted(), share);
    }

    private static BigDecimal shown(BigDecimal rate) {
        return rate.setScale(4, RoundingMode.HALF_EVEN);
    }
}
