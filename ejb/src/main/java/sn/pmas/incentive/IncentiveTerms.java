package sn.pmas.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated version of the incentive's parameters (framework convention with the Ministry of
 * Health): the share of the surplus, the hospitals' part of it, the invoice deadline in days
 * after the care month's end, the three indicators' weights (summing to 1) and the share rule.
 * Rates and weights are fractions with at most 4 decimals (0.5 for 50 %).
 */
public record IncentiveTerms(LocalDate validFrom, BigDecimal surplusRate, BigDecimal hospitalPart, Integer deadlineDays,
                             BigDecimal deadlineWeight, BigDecimal rejectionWeight, BigDecimal directWeight,
                             ShareRule shareRule, String comment) {

    /** The refusal of terms that cannot be, naming the field; nothing when they are sound. */
    void check() throws IncentiveException {
        if (validFrom == null) {
            throw IncentiveException.required("validFrom", "La date d'effet des paramètres est obligatoire.");
        }
        fraction("surplusRate", surplusRate, "Le taux appliqué à l'excédent");
        fraction("hospitalPart", hospitalPart, "La part des hôpitaux");
        if (deadlineDays == null || deadlineDays < 0 || deadlineDays > 366) {
            throw IncentiveException.invalid("deadlineDays", "Le délai de transmission des factures est un nombre de jours "
                    + "entre 0 et 366 après la fin du mois de soins (reçu : " + deadlineDays + ").");
        }
        fraction("deadlineWeight", deadlineWeight, "Le poids du respect des délais");
        fraction("rejectionWeight", rejectionWeight, "Le poids du taux de rejet");
        fraction("directWeight", directWeight, "Le poids des remboursements directs");
        if (deadlineWeight.add(rejectionWeight).add(directWeight).compareTo(BigDecimal.ONE) != 0) {
            throw IncentiveException.invalid("directWeight", "Les trois poids font 1 ensemble (reçu : " + deadlineWeight + " + "
                    + rejectionWeight + " + " + directWeight + ").");
        }
        if (shareRule == null) {
            throw IncentiveException.required("shareRule", "La règle de répartition est obligatoire (SCORE_TIMES_CLAIMS, SCORE ou EQUAL).");
        }
        if (comment != null && comment.length() > 500) {
            throw IncentiveException.invalid("comment", "Le commentaire dépasse 500 caractères.");
        }
    }

    private static void fraction(String field, BigDecimal value, String what) throws IncentiveException {
        if (value == null) {
            throw IncentiveException.required(field, what + " est obligatoire.");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.stripTrailingZeros().scale() > 4) {
            throw IncentiveException.invalid(field, what + " s'écrit en fraction entre 0 et 1, 4 décimales au plus "
                    + "(0.5 pour 50 %) (reçu : " + value.toPlainString() + ").");
        }
    }
}
