package sn.pmas.budget;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.SqlValues;

/**
 * What a budget is compared with: each account's movement per month of a year, from the ledger's
 * period rows (docs/ledger.md, "Read models": a row per account and month that moved, whatever the
 * number of entries), less the year-end's closing entries, which restate the year's charges and
 * products into the result and are not an activity of December.
 */
final class BudgetReads {

    private final EntityManager em;

    BudgetReads(EntityManager em) {
        this.em = em;
    }

    /** The accounts a budget may hold, by code: the postable accounts of classes 6 and 7. */
    Map<String, BudgetAccount> accounts() {
        Map<String, BudgetAccount> accounts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, code, name, account_class FROM account "
                + "WHERE account_class IN (6, 7) AND postable = TRUE ORDER BY code").getResultList()) {
            Object[] cells = (Object[]) row;
            accounts.put((String) cells[1], new BudgetAccount(SqlValues.longOf(cells[0]), (String) cells[1], (String) cells[2],
                    ((Number) cells[3]).intValue()));
        }
        return accounts;
    }

    /** Each budgetable account's twelve months of {@code year}, in its own direction; accounts that did not move are absent. */
    Map<Long, long[]> actuals(int year, Map<String, BudgetAccount> accounts) {
        Map<Long, BudgetAccount> byId = new HashMap<>();
        accounts.values().forEach(account -> byId.put(account.id(), account));
        Map<Long, long[]> months = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT b.account_id, b.period_id, b.debit_total, b.credit_total FROM account_period_balance b "
                + "JOIN account a ON a.id = b.account_id WHERE b.period_id > ?1 AND b.period_id <= ?2 AND a.account_class IN (6, 7)")
                .setParameter(1, year * 100).setParameter(2, year * 100 + 12).getResultList()) {
            Object[] cells = (Object[]) row;
            BudgetAccount account = byId.get(SqlValues.longOf(cells[0]));
            if (account != null) {
                months.computeIfAbsent(account.id(), id -> new long[BudgetSpreading.MONTHS])[(int) (SqlValues.longOf(cells[1]) % 100) - 1]
                        += account.amountOf(SqlValues.longOf(cells[2]), SqlValues.longOf(cells[3]));
            }
        }
        for (Object row : em.createNativeQuery("SELECT l.account_id, SUM(l.debit), SUM(l.credit) FROM journal_line l "
                + "JOIN journal_entry e ON e.id = l.entry_id WHERE l.entry_date = ?1 AND e.source = 'YEAR_END' AND e.journal_code <> '"
                + LedgerTotals.OPENING_JOURNAL + "' GROUP BY l.account_id").setParameter(1, LocalDate.of(year, 12, 31)).getResultList()) {
            Object[] cells = (Object[]) row;
            BudgetAccount account = byId.get(SqlValues.longOf(cells[0]));
            long[] moved = account == null ? null : months.get(account.id());
            if (moved != null) {
                moved[BudgetSpreading.MONTHS - 1] -= account.amountOf(SqlValues.longOf(cells[1]), SqlValues.longOf(cells[2]));
            }
        }
        return months;
    }
}
