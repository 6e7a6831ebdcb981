package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import java.util.List;
import sn.pmas.platform.SqlValues;

/**
 * The one rule for what an account brings into a fiscal year (docs/ledger.md, "Opening balances"):
 * the movements of the years before it, back to the latest closed year, excluded. A closed year's
 * balances reach the next year through its AN entries (posted into that year), never again
 * through the year rows; a ledger with no closed year brings every earlier year forward.
 */
final class Openings {

    private final EntityManager em;

    Openings(EntityManager em) {
        this.em = em;
    }

    /** The latest closed year before {@code year}, 0 when none: years after it are brought forward. */
    int lastClosedBefore(int year) {
        Object latest = em.createNativeQuery("SELECT MAX(fiscal_year) FROM fiscal_year WHERE closed = TRUE AND fiscal_year < ?1")
                .setParameter(1, year).getSingleResult();
        return latest == null ? 0 : (int) SqlValues.longOf(latest);
    }

    /**
     * Rewrites the brought-forward columns of every opened year after {@code year} by the rule
     * above: after a year is closed or reopened, or when a year opens.
     */
    void recomputeAfter(int year) {
        em.flush();
        List<?> later = em.createNativeQuery("SELECT fiscal_year FROM fiscal_year WHERE fiscal_year > ?1 ORDER BY fiscal_year")
                .setParameter(1, year).getResultList();
        for (Object each : later) {
            recompute((int) SqlValues.longOf(each));
        }
    }

    /** One year's brought-forward columns, from the year rows of the years it brings forward. */
    void recompute(int year) {
        em.createNativeQuery("UPDATE account_year_balance SET opening_debit = 0, opening_credit = 0 WHERE fiscal_year = ?1 "
                        + "AND (opening_debit <> 0 OR opening_credit <> 0)")
                .setParameter(1, year).executeUpdate();
        List<?> sums = em.createNativeQuery("SELECT account_id, SUM(debit_total), SUM(credit_total) FROM account_year_balance "
                        + "WHERE fiscal_year > ?1 AND fiscal_year < ?2 AND (debit_total <> 0 OR credit_total <> 0) GROUP BY account_id")
                .setParameter(1, lastClosedBefore(year)).setParameter(2, year).getResultList();
        var update = em.createNativeQuery("UPDATE account_year_balance SET opening_debit = ?1, opening_credit = ?2 "
                + "WHERE account_id = ?3 AND fiscal_year = ?4");
        for (Object row : sums) {
            Object[] cells = (Object[]) row;
            update.setParameter(1, SqlValues.longOf(cells[1])).setParameter(2, SqlValues.longOf(cells[2]))
                    .setParameter(3, SqlValues.longOf(cells[0])).setParameter(4, year).executeUpdate();
        }
    }
}
