package sn.pmas.incentive;

import java.math.BigInteger;

/** How a category's amount is shared among its admitted providers: a dated parameter ({@link IncentiveTerms}). */
public enum ShareRule {
    /** In proportion to score points × claims validated for care in the year: the better and the busier earn more. */
    SCORE_TIMES_CLAIMS("Au prorata du score × montant des sinistres validés"),
    /** In proportion to score points only. */
    SCORE("Au prorata du score"),
    /** Equal shares. */
    EQUAL("À parts égales");

    private final String label;

    ShareRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The provider's weight in its category's split. */
    BigInteger weight(int scorePoints, long claimedAmount) {
        return switch (this) {
            case SCORE_TIMES_CLAIMS -> BigInteger.valueOf(scorePoints).multiply(BigInteger.valueOf(claimedAmount));
            case SCORE -> BigInteger.valueOf(scorePoints);
            case EQUAL -> BigInteger.ONE;
        };
    }
}
