package sn.pmas.incentive;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.party.ConventionType;
import sn.pmas.platform.SqlValues;

/**
 * The distribution table of a confirmed run, row by row (incentive_share): every indicator, score,
 * rank and share as booked, so that its documents show what the ledger holds even if a claim
 * changes later. Updates: none; deletion: none.
 */
final class IncentiveShares {

    private final EntityManager em;

    IncentiveShares(EntityManager em) {
        this.em = em;
    }

    void write(long runId, IncentiveTable table) {
        for (IncentiveRow row : table.rows()) {
            em.createNativeQuery("INSERT INTO incentive_share (run_id, provider_party_id, category, invoices, invoices_on_time, "
                            + "claimed_amount, rejected_amount, direct_requests, score_points, ranking, eligible, amount) "
                            + "SELECT ?1, id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 FROM party WHERE code = ?12")
                    .setParameter(1, runId).setParameter(2, row.category().name()).setParameter(3, row.invoices())
                    .setParameter(4, row.invoicesOnTime()).setParameter(5, row.claimedAmount()).setParameter(6, row.rejectedAmount())
                    .setParameter(7, row.directRequests()).setParameter(8, row.scorePoints()).setParameter(9, row.rank())
                    .setParameter(10, row.admitted()).setParameter(11, row.share()).setParameter(12, row.code())
                    .executeUpdate();
        }
    }

    /** The rows in the table's order: hospitals first, each by rank then code. */
    List<IncentiveRow> read(long runId) {
        List<IncentiveRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT p.id, p.code, p.name, s.category, s.invoices, s.invoices_on_time, "
                        + "s.claimed_amount, s.rejected_amount, s.direct_requests, s.score_points, s.ranking, s.eligible, s.amount "
                        + "FROM incentive_share s JOIN party p ON p.id = s.provider_party_id WHERE s.run_id = ?1 "
                        + "ORDER BY CASE s.category WHEN 'HOSPITAL' THEN 0 ELSE 1 END, s.ranking, p.code")
                .setParameter(1, runId).getResultList()) {
            Object[] c = (Object[]) result;
            ProviderIndicators provider = new ProviderIndicators(SqlValues.longOf(c[0]), (String) c[1], (String) c[2],
                    ConventionType.valueOf((String) c[3]), (int) SqlValues.longOf(c[4]), (int) SqlValues.longOf(c[5]),
                    SqlValues.longOf(c[6]), SqlValues.longOf(c[7]), (int) SqlValues.longOf(c[8]));
            rows.add(IncentiveRow.of(new Ranking.Place(provider, (int) SqlValues.longOf(c[9]), (int) SqlValues.longOf(c[10]),
                    Boolean.TRUE.equals(c[11])), SqlValues.longOf(c[12])));
        }
        return rows;
    }
}
