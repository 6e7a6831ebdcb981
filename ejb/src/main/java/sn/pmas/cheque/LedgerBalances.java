package sn.pmas.cheque;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import sn.pmas.ledger.FiscalPeriod;
import sn.pmas.platform.SqlValues;

/**
 * Debit balance (debits less credits) of ledger accounts at the end of a date: the monthly totals
 * of the periods before its month, then the lines of its month up to the date.
 */
final class LedgerBalances {

    private LedgerBalances() {
    }

    static Map<Long, Long> debitBalances(EntityManager em, Collection<Long> accountIds, LocalDate asOf) {
        Map<Long, Long> balances = new HashMap<>();
        em.createNativeQuery("SELECT account_id, SUM(debit_total) - SUM(credit_total) FROM account_period_balance "
                        + "WHERE account_id IN (?1) AND period_id < ?2 GROUP BY account_id")
                .setParameter(1, accountIds)
                .setParameter(2, FiscalPeriod.idOf(YearMonth.from(asOf)))
                .getResultList()
                .forEach(row -> add(balances, (Object[]) row));
        em.createNativeQuery("SELECT account_id, SUM(debit) - SUM(credit) FROM journal_line "
                        + "WHERE account_id IN (?1) AND entry_date >= ?2 AND entry_date <= ?3 GROUP BY account_id")
                .setParameter(1, accountIds)
                .setParameter(2, asOf.withDayOfMonth(1))
                .setParameter(3, asOf)
                .getResultList()
                .forEach(row -> add(balances, (Object[]) row));
        return balances;
    }

    private static void add(Map<Long, Long> balances, Object[] row) {
        balances.merge(SqlValues.longOf(row[0]), SqlValues.longOf(row[1]), Long::sum);
    }
}
