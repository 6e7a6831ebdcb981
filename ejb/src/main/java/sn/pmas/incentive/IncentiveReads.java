package sn.pmas.incentive;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.party.ConventionType;
import sn.pmas.platform.SqlValues;

/**
 * What the incentive reads (docs/provider-incentive.md): from the ledger, the year's operating
 * result and the losses carried into it; from the claims registers, each public provider's
 * indicators over the care months of the year. Plain SQL over indexed columns, aggregated in the
 * database: a year of a million claims comes back as a few rows per provider and month.
 */
final class IncentiveReads {

    private static final String RESULT = "SELECT SUM(l.credit) - SUM(l.debit) FROM journal_line l JOIN account a ON a.id = l.account_id ";

    private final EntityManager em;

    IncentiveReads(EntityManager em) {
        this.em = em;
    }

    /**
     * Class 7 less class 6 over the year, without the incentive's own entry (the surplus it is
     * computed on) nor the year-end's closing entries (which move the year's result to 13x).
     */
    long operatingResult(int year) {
        return SqlValues.longOf(em.createNativeQuery(RESULT + "JOIN journal_entry e ON e.id = l.entry_id "
                        + "WHERE a.account_class IN (6, 7) AND l.entry_date >= ?1 AND l.entry_date <= ?2 AND e.source NOT IN (?3, ?4)")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .setParameter(3, LedgerSource.INCENTIVE.code()).setParameter(4, LedgerSource.YEAR_END.code()).getSingleResult());
    }

    /**
     * Losses of the years before, not yet absorbed: the deficit of every earlier year's class 6 and 7
     * (incentives included: they were charges of those years), together with the carried-forward
     * and result accounts (12x, 13x) at the year's opening, when their sum is a deficit; else 0. The
     * AN entries are left out: they restate, on 1 January, balances their lines already hold.
     */
    long carriedLosses(int year) {
        long prior = SqlValues.longOf(em.createNativeQuery(RESULT + "WHERE (a.account_class IN (6, 7) OR a.code LIKE '12%' "
                + "OR a.code LIKE '13%') AND l.entry_date < ?1 AND " + LedgerTotals.movesMoney("l")).setParameter(1, LocalDate.of(year, 1, 1)).getSingleResult());
        return Math.max(0, -prior);
    }

    /**
     * Every hospital and other public facility with an invoice for care in the year. One row per
     * provider from each register: whether an invoice arrived on time is decided in the database,
     * against the deadline of its care month (one bound pair per month), so that a year of a
     * million claims is not read back as a row per provider, month and day of receipt.
     */
    List<ProviderIndicators> indicators(int year, int deadlineDays) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 1);
        Map<Long, Counts> counts = new HashMap<>();
        collect(counts, "SELECT provider_party_id, COUNT(*), " + ON_TIME + ", SUM(amount) FROM claim "
                + "WHERE payee_kind = 'PROVIDER' AND cancelled_on IS NULL AND care_month >= ?1 AND care_month <= ?2 "
                + "GROUP BY provider_party_id", year, deadlineDays, false);
        collect(counts, "SELECT provider_party_id, COUNT(*), " + ON_TIME + ", SUM(amount) FROM claim_rejection "
                + "WHERE care_month >= ?1 AND care_month <= ?2 GROUP BY provider_party_id", year, deadlineDays, true);
        for (Object row : em.createNativeQuery("SELECT care_provider_party_id, COUNT(*) FROM claim WHERE payee_kind = 'MEMBER' "
                        + "AND cancelled_on IS NULL AND care_provider_party_id IS NOT NULL AND care_month >= ?1 AND care_month <= ?2 "
                        + "GROUP BY care_provider_party_id").setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.computeIfAbsent(SqlValues.longOf(cells[0]), id -> new Counts()).direct += (int) SqlValues.longOf(cells[1]);
        }
        List<ProviderIndicators> providers = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, code, name, convention_type FROM party WHERE party_type = 'PROVIDER' "
                + "AND convention_type IN ('HOSPITAL', 'PUBLIC_FACILITY') ORDER BY code").getResultList()) {
            Object[] cells = (Object[]) row;
            Counts own = counts.get(SqlValues.longOf(cells[0]));
            if (own != null && own.invoices > 0) {
                providers.add(new ProviderIndicators(SqlValues.longOf(cells[0]), (String) cells[1], (String) cells[2],
                        ConventionType.valueOf((String) cells[3]), own.invoices, own.onTime, own.claimed, own.rejected, own.direct));
            }
        }
        return providers;
    }

    /** Invoices received by the deadline of their care month: parameters ?3 to ?26, a month and its deadline each. */
    private static final String ON_TIME = onTime();

    private static String onTime() {
        StringJoiner months = new StringJoiner(" OR ", "SUM(CASE WHEN ", " THEN 1 ELSE 0 END)");
        for (int month = 0; month < 12; month++) {
            months.add("(care_month = ?" + (3 + 2 * month) + " AND invoice_received_on <= ?" + (4 + 2 * month) + ")");
        }
        return months.toString();
    }

    private void collect(Map<Long, Counts> counts, String sql, int year, int deadlineDays, boolean rejected) {
        Query query = em.createNativeQuery(sql).setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 1));
        for (int month = 0; month < 12; month++) {
            YearMonth care = YearMonth.of(year, month + 1);
            query.setParameter(3 + 2 * month, care.atDay(1)).setParameter(4 + 2 * month, care.atEndOfMonth().plusDays(deadlineDays));
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            Counts own = counts.computeIfAbsent(SqlValues.longOf(cells[0]), id -> new Counts());
            own.invoices += (int) SqlValues.longOf(cells[1]);
            own.onTime += (int) SqlValues.longOf(cells[2]);
            if (rejected) {
                own.rejected += SqlValues.longOf(cells[3]);
            } else {
                own.claimed += SqlValues.longOf(cells[3]);
            }
        }
    }

    /** A provider's running counts. */
    private static final class Counts {
        int invoices;
        int onTime;
        long claimed;
        long rejected;
        int direct;
    }
}
