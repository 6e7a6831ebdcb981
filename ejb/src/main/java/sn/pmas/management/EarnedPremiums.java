package sn.pmas.management;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import sn.pmas.platform.SqlValues;

/**
 * Premiums earned by an insurer over a span, pro rata temporis (docs/management-reports.md): each
 * quittance issued by the span's end earns its premium (policy costs and taxes excluded), less the
 * part cancelled by then, in proportion of its days of cover inside the span; rounded half-even per
 * quittance. Collected or not: an unpaid premium is earned all the same (the arrears say what is owed).
 */
@Stateless
public class EarnedPremiums {

    @PersistenceContext
    private EntityManager em;

    public long of(String insurerCode, LocalDate from, LocalDate to) {
        long earned = 0;
        for (Object row : em.createNativeQuery("SELECT q.premium_amount, q.total_amount, q.period_from, q.period_to, "
                        + "COALESCE(m.cancelled, 0) FROM rpt_premium_quittance q LEFT JOIN (SELECT premium_id, SUM(total_amount) AS cancelled "
                        + "FROM rpt_premium_movement WHERE movement_type = 'CANCELLED' AND insurer_code = ?1 AND movement_date <= ?3 "
                        + "GROUP BY premium_id) m ON m.premium_id = q.premium_id "
                        + "WHERE q.insurer_code = ?1 AND q.issued_on <= ?3 AND q.period_from <= ?3 AND q.period_to >= ?2")
                .setParameter(1, insurerCode).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] c = (Object[]) row;
            earned += earned(SqlValues.longOf(c[0]), SqlValues.longOf(c[1]), SqlValues.longOf(c[4]),
                    SqlValues.dateOf(c[2]), SqlValues.dateOf(c[3]), from, to);
        }
        return earned;
    }

    /**
     * premium × (total − cancelled) ÷ total × days of cover in [from, to] ÷ days of cover, half-even.
     *
     * @param total the quittance's total (premium, policy costs, taxes): cancellations are of totals
     */
    static long earned(long premium, long total, long cancelled, LocalDate coverFrom, LocalDate coverTo, LocalDate from, LocalDate to) {
        LocalDate start = coverFrom.isAfter(from) ? coverFrom : from;
        LocalDate end = coverTo.isBefore(to) ? coverTo : to;
        if (end.isBefore(start) || total == 0) {
            return 0;
        }
        long inside = ChronoUnit.DAYS.between(start, end) + 1;
        long covered = ChronoUnit.DAYS.between(coverFrom, coverTo) + 1;
        BigInteger numerator = BigInteger.valueOf(premium).multiply(BigInteger.valueOf(total - cancelled)).multiply(BigInteger.valueOf(inside));
        BigInteger denominator = BigInteger.valueOf(total).multiply(BigInteger.valueOf(covered));
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
