package sn.pmas.reconciliation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.platform.SqlValues;

/**
 * The ledger side of the pairs, read from journal lines only (never from a register table):
 * credits minus debits per account, and per entry for one account when a pair does not tie.
 * Lines are selected by account id first, so both read through the (account_id, entry_date) index.
 */
final class LedgerReads {

    private final EntityManager em;

    LedgerReads(EntityManager em) {
        this.em = em;
    }

    /** The first day of the ledger's first fiscal year; empty before any year is opened. */
    Optional<LocalDate> inception() {
        Object first = em.createNativeQuery("SELECT MIN(start_date) FROM fiscal_year").getSingleResult();
        return Optional.ofNullable(first).map(SqlValues::dateOf);
    }

    /** The first day of the fiscal year holding {@code date}; 1 January when no year holds it. */
    LocalDate fiscalYearStart(LocalDate date) {
        List<?> start = em.createNativeQuery("SELECT start_date FROM fiscal_year WHERE start_date <= ?1 AND end_date >= ?1")
                .setParameter(1, date).getResultList();
        return start.isEmpty() ? date.withDayOfYear(1) : SqlValues.dateOf(start.get(0));
    }

    /** The latest date an entry was posted on; empty on an empty ledger. */
    Optional<LocalDate> latestPostingDate() {
        Object latest = em.createNativeQuery("SELECT MAX(entry_date) FROM journal_entry").getSingleResult();
        return Optional.ofNullable(latest).map(SqlValues::dateOf);
    }

    /**
     * Credits minus debits of each of the side's accounts that moved from {@code from} to
     * {@code to}. Whole months come from the account's monthly totals (kept by the posting
     * transaction), the days before and after them from journal lines; a side narrowed to some
     * entries reads lines only.
     */
    Map<String, Long> balances(LedgerSide side, LocalDate from, LocalDate to) {
        Map<Long, String> accounts = accounts(side.accountCodes());
        Map<String, Long> balances = new HashMap<>();
        if (accounts.isEmpty()) {
            return balances;
        }
        List<Object[]> rows = new ArrayList<>();
        Optional<Months> months = side.source() == null && side.facingAccountCode() == null ? wholeMonths(from, to) : Optional.empty();
        if (months.isPresent()) {
            LocalDate first = months.get().first();
            LocalDate last = months.get().last();
            rows.addAll(rows(em.createNativeQuery("SELECT b.account_id, SUM(b.credit_total) - SUM(b.debit_total)"
                            + " FROM account_period_balance b JOIN fiscal_period p ON p.id = b.period_id"
                            + " WHERE b.account_id IN (?1) AND p.start_date >= ?2 AND p.end_date <= ?3 GROUP BY b.account_id")
                    .setParameter(1, accounts.keySet()).setParameter(2, first).setParameter(3, last)));
            // the monthly totals hold the year-end's entries too: take them out (few entries, found by date)
            rows.addAll(rows(em.createNativeQuery("SELECT l.account_id, SUM(l.debit) - SUM(l.credit) FROM journal_entry c"
                            + " JOIN journal_line l ON l.entry_id = c.id WHERE " + yearEnd("c") + " AND c.entry_date >= ?2"
                            + " AND c.entry_date <= ?3 AND l.account_id IN (?1) GROUP BY l.account_id")
                    .setParameter(1, accounts.keySet()).setParameter(2, first).setParameter(3, last)));
            if (from.isBefore(first)) {
                rows.addAll(lineTotals(side, accounts, from, first.minusDays(1)));
            }
            if (to.isAfter(last)) {
                rows.addAll(lineTotals(side, accounts, last.plusDays(1), to));
            }
        } else {
            rows.addAll(lineTotals(side, accounts, from, to));
        }
        rows.forEach(cells -> balances.merge(accounts.get(SqlValues.longOf(cells[0])), SqlValues.longOf(cells[1]), Long::sum));
        return balances;
    }

    private List<Object[]> lineTotals(LedgerSide side, Map<Long, String> accounts, LocalDate from, LocalDate to) {
        return rows(bind(em.createNativeQuery("SELECT l.account_id, SUM(l.credit) - SUM(l.debit) FROM journal_line l"
                + selection(side) + " GROUP BY l.account_id"), side, accounts, from, to));
    }

    /** The first and last day of the fiscal periods lying wholly between the dates; empty when none does. */
    private Optional<Months> wholeMonths(LocalDate from, LocalDate to) {
        Object[] range = (Object[]) em.createNativeQuery("SELECT MIN(start_date), MAX(end_date) FROM fiscal_period"
                + " WHERE start_date >= ?1 AND end_date <= ?2").setParameter(1, from).setParameter(2, to).getSingleResult();
        return range[0] == null ? Optional.empty() : Optional.of(new Months(SqlValues.dateOf(range[0]), SqlValues.dateOf(range[1])));
    }

    private record Months(LocalDate first, LocalDate last) {
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return (List<Object[]>) query.getResultList();
    }

    /** What each entry moved on one account of the side, in date order. */
    List<LedgerMovement> movements(LedgerSide side, String accountCode, LocalDate from, LocalDate to) {
        Map<Long, String> accounts = accounts(List.of(accountCode));
        if (accounts.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT e.source, e.source_reference, MIN(l.entry_date), SUM(l.credit) - SUM(l.debit),"
                + " MIN(e.description) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
                + selection(side) + " GROUP BY e.source, e.source_reference ORDER BY 3, 2");
        return bind(query, side, accounts, from, to).getResultList().stream().map(row -> {
            Object[] cells = (Object[]) row;
            return new LedgerMovement((String) cells[0], (String) cells[1], SqlValues.dateOf(cells[2]), SqlValues.longOf(cells[3]),
                    (String) cells[4]);
        }).toList();
    }

    /**
     * SQL: the entry (an alias of journal_entry) is one of the year-end's or reverses one. Its AN
     * entries restate balances the registers already hold, its closing entries move the year's
     * income and expense to the result and its allocation the result to reserves: no register
     * records them (docs/reconciliation.md).
     */
    private static String yearEnd(String entry) {
        return "(" + entry + ".source = '" + LedgerSource.YEAR_END.code() + "' OR EXISTS (SELECT 1 FROM journal_entry ye WHERE ye.id = "
                + entry + ".reverses_entry_id AND ye.source = '" + LedgerSource.YEAR_END.code() + "'))";
    }

    private static String selection(LedgerSide side) {
        StringBuilder where = new StringBuilder(" WHERE l.account_id IN (?1) AND l.entry_date >= ?2 AND l.entry_date <= ?3"
                + " AND NOT EXISTS (SELECT 1 FROM journal_entry y WHERE y.id = l.entry_id AND " + yearEnd("y") + ")");
        if (side.source() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM journal_entry s WHERE s.id = l.entry_id AND s.source = ?4)");
        }
        if (side.facingAccountCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM journal_line f JOIN account fa ON fa.id = f.account_id"
                    + " WHERE f.entry_id = l.entry_id AND fa.code = ?5"
                    + " AND ((f.debit > 0 AND l.credit > 0) OR (f.credit > 0 AND l.debit > 0)))");
        }
        return where.toString();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, LedgerSide side, Map<Long, String> accounts,
                                                  LocalDate from, LocalDate to) {
        query.setParameter(1, accounts.keySet()).setParameter(2, from).setParameter(3, to);
        if (side.source() != null) {
            query.setParameter(4, side.source());
        }
        if (side.facingAccountCode() != null) {
            query.setParameter(5, side.facingAccountCode());
        }
        return query;
    }

    /** The postable accounts behind the codes: the account itself, or a control account's auxiliaries. */
    private Map<Long, String> accounts(List<String> codes) {
        Map<Long, String> accounts = new HashMap<>();
        em.createNativeQuery("SELECT a.id, a.code FROM account a LEFT JOIN account c ON c.id = a.control_account_id"
                        + " WHERE a.code IN (?1) OR c.code IN (?1)")
                .setParameter(1, codes)
                .getResultList()
                .forEach(row -> accounts.put(SqlValues.longOf(((Object[]) row)[0]), (String) ((Object[]) row)[1]));
        return accounts;
    }
}
