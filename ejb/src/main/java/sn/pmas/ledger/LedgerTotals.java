package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.platform.SqlValues;

/**
 * The one definition of what an account moved and of its balance at a date (docs/ledger.md, "Read
 * models"): what the account brought into the fiscal year (its year row), plus the period totals
 * of the whole months since, plus the lines of the days of a partial month. The trial balance,
 * the account and principal statements and the working funds compose their figures from these
 * reads, in every format, so each reads rows for what moved, never a row per account and period.
 *
 * <p>{@code accountIds} null means every account, summed under its heading (the account the
 * balance générale shows it under, kept on the year and period rows): the maps are then keyed by
 * heading, and read a row per heading. Otherwise only those accounts, each on its own.
 */
public final class LedgerTotals {

    /** The journal of opening entries (à-nouveaux). */
    public static final String OPENING_JOURNAL = "AN";

    /**
     * SQL: the line {@code line} (an alias of journal_line) moves money, i.e. is not one of the
     * year-end's AN entries (a closed year's balances restated on 1 January of the next) nor of
     * their reversals. A reader that runs a balance from an opening through lines skips those: the
     * opening already holds what they restate (docs/ledger.md, "Opening balances").
     */
    public static String movesMoney(String line) {
        return "EXISTS (SELECT 1 FROM journal_entry moving WHERE moving.id = " + line + ".entry_id AND (moving.journal_code <> '"
                + OPENING_JOURNAL + "' OR (moving.source <> 'YEAR_END' AND (moving.reverses_entry_id IS NULL OR NOT EXISTS (SELECT 1 "
                + "FROM journal_entry restated WHERE restated.id = moving.reverses_entry_id AND restated.source = 'YEAR_END')))))";
    }

    private final EntityManager em;

    public LedgerTotals(EntityManager em) {
        this.em = em;
    }

    /** Debit and credit totals of an account. */
    public record Totals(long debit, long credit) {

        public static final Totals ZERO = new Totals(0, 0);

        public Totals plus(Totals other) {
            return new Totals(debit + other.debit, credit + other.credit);
        }

        /** Positive when the account is in debit. */
        public long debitBalance() {
            return debit - credit;
        }

        /** Positive when the account is in credit: in a principal's favour on its current account. */
        public long creditBalance() {
            return credit - debit;
        }
    }

    /** Each account's totals from its first posting to the end of {@code asOf}; over every posting when null. */
    public Map<Long, Totals> balancesAt(Collection<Long> accountIds, LocalDate asOf) {
        if (asOf == null) {
            return broughtForward(accountIds, Integer.MAX_VALUE);
        }
        Map<Long, Totals> balances = broughtForward(accountIds, asOf.getYear());
        LocalDate yearStart = asOf.withDayOfYear(1);
        movements(accountIds, yearStart, asOf).forEach((id, totals) -> balances.merge(id, totals, Totals::plus));
        return balances;
    }

    /**
     * What each account brought into the fiscal year: every posting before it back to the latest
     * closed year, excluded ({@link Openings}), whatever the account's class (carrying income and
     * expense into the result is the trial balance's business). An open year keeps it on its year
     * rows; before or after the open years it is the sum of them.
     */
    public Map<Long, Totals> broughtForward(Collection<Long> accountIds, int year) {
        if (em.find(FiscalYear.class, year) != null) {
            return read("SELECT {key}, SUM(opening_debit), SUM(opening_credit) FROM account_year_balance WHERE fiscal_year = :year "
                    + "AND (opening_debit > 0 OR opening_credit > 0)", accountIds, Map.of("year", year));
        }
        return read("SELECT {key}, SUM(debit_total), SUM(credit_total) FROM account_year_balance WHERE fiscal_year < :year "
                + "AND fiscal_year > :closed", accountIds, Map.of("year", year, "closed", new Openings(em).lastClosedBefore(year)));
    }

    /**
     * The lines of journal AN dated {@code date}: a year's opening entries, which a trial balance
     * starting that day shows as its opening rather than as movements.
     */
    public Map<Long, Totals> openingEntries(Collection<Long> accountIds, LocalDate date) {
        String select = "SELECT l.account_id, SUM(l.debit), SUM(l.credit) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                + "WHERE l.entry_date = :day AND e.journal_code = '" + OPENING_JOURNAL + "'";
        Map<String, Object> day = Map.of("day", date);
        if (accountIds != null) {
            return read(select.replace("l.account_id, ", "{key}, "), accountIds, day);
        }
        return byHeading(read(select + " GROUP BY l.account_id", day));
    }

    /**
     * What each account moved from {@code from} to {@code to} (both included): the period totals of
     * the whole months, the lines of the days of partial months.
     */
    public Map<Long, Totals> movements(Collection<Long> accountIds, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new HashMap<>();
        }
        DateSpan span = new DateSpan(from, to);
        Map<Long, Totals> moved = span.hasWholeMonths()
                ? wholeMonths(accountIds, span.firstWholePeriod(), span.lastWholePeriod())
                : new HashMap<>();
        for (LocalDate[] days : span.partialDays()) {
            lines(accountIds, days[0], days[1]).forEach((id, totals) -> moved.merge(id, totals, Totals::plus));
        }
        return moved;
    }

    /**
     * The lines of some days, summed per account through the (date, account) index; by heading, the
     * accounts found are then folded into their headings: one lookup per account that moved, not a
     * join per line.
     */
    private Map<Long, Totals> lines(Collection<Long> accountIds, LocalDate first, LocalDate last) {
        Map<String, Object> days = Map.of("first", first, "last", last);
        String select = "SELECT account_id, SUM(debit), SUM(credit) FROM journal_line WHERE entry_date >= :first AND entry_date <= :last";
        if (accountIds != null) {
            return read(select, accountIds, days);
        }
        return byHeading(read(select + " GROUP BY account_id", days));
    }

    /** Accounts' totals folded into their headings: one lookup per account. */
    private Map<Long, Totals> byHeading(Map<Long, Totals> byAccount) {
        Map<Long, Totals> byHeading = new HashMap<>();
        for (List<Long> chunk : BatchReferences.chunks(byAccount.keySet())) {
            for (Object row : em.createNativeQuery("SELECT id, COALESCE(control_account_id, id) FROM account WHERE id IN (:ids)")
                    .setParameter("ids", chunk).getResultList()) {
                Object[] cells = (Object[]) row;
                byHeading.merge(SqlValues.longOf(cells[1]), byAccount.get(SqlValues.longOf(cells[0])), Totals::plus);
            }
        }
        return byHeading;
    }

    /**
     * Periods {@code first} to {@code last}. Over more than half of one open year, the year's
     * totals less the months outside the span: never more than six period rows per account.
     */
    private Map<Long, Totals> wholeMonths(Collection<Long> accountIds, int first, int last) {
        int year = first / 100;
        boolean withinYear = last / 100 == year;
        if (!withinYear || last - first + 1 <= 6 || em.find(FiscalYear.class, year) == null) {
            return periods(accountIds, first, last);
        }
        Map<Long, Totals> moved = read("SELECT {key}, SUM(debit_total), SUM(credit_total) FROM account_year_balance "
                + "WHERE fiscal_year = :year AND (debit_total > 0 OR credit_total > 0)", accountIds, Map.of("year", year));
        Map<Long, Totals> outside = periods(accountIds, year * 100 + 1, first - 1);
        periods(accountIds, last + 1, year * 100 + 12).forEach((id, totals) -> outside.merge(id, totals, Totals::plus));
        outside.forEach((id, totals) -> moved.merge(id, new Totals(-totals.debit(), -totals.credit()), Totals::plus));
        return moved;
    }

    private Map<Long, Totals> periods(Collection<Long> accountIds, int first, int last) {
        if (last < first) {
            return new HashMap<>();
        }
        return read("SELECT {key}, SUM(debit_total), SUM(credit_total) FROM account_period_balance "
                + "WHERE period_id >= :first AND period_id <= :last", accountIds, Map.of("first", first, "last", last));
    }

    /** Sums of the given accounts' totals. */
    public static Totals sum(Map<Long, Totals> totals) {
        return totals.values().stream().reduce(Totals.ZERO, Totals::plus);
    }

    /**
     * Runs a select of ({key}, debit, credit) for the accounts asked for, or for every account by
     * heading (kept on the year and period rows).
     */
    private Map<Long, Totals> read(String select, Collection<Long> accountIds, Map<String, Object> parameters) {
        boolean byHeading = accountIds == null;
        String key = byHeading ? "heading_id" : "account_id";
        String sql = select.replace("{key}", key) + (byHeading ? "" : " AND account_id IN (:accounts)") + " GROUP BY " + key;
        if (byHeading) {
            return read(sql, parameters);
        }
        Map<Long, Totals> totals = new HashMap<>();
        for (List<Long> chunk : BatchReferences.chunks(accountIds)) {
            Map<String, Object> withAccounts = new HashMap<>(parameters);
            withAccounts.put("accounts", chunk);
            read(sql, withAccounts).forEach((id, t) -> totals.merge(id, t, Totals::plus));
        }
        return totals;
    }

    /** Runs a select of (key, debit, credit) rows. */
    private Map<Long, Totals> read(String sql, Map<String, Object> parameters) {
        Map<Long, Totals> totals = new HashMap<>();
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            totals.merge(SqlValues.longOf(cells[0]), new Totals(SqlValues.longOf(cells[1]), SqlValues.longOf(cells[2])), Totals::plus);
        }
        return totals;
    }

    /** A date span cut into whole months and the partial days at either end. */
    private record DateSpan(LocalDate from, LocalDate to) {

        private YearMonth firstWholeMonth() {
            YearMonth month = YearMonth.from(from);
            return from.getDayOfMonth() == 1 ? month : month.plusMonths(1);
        }

        private YearMonth lastWholeMonth() {
            YearMonth month = YearMonth.from(to);
            return to.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
        }

        boolean hasWholeMonths() {
            return !firstWholeMonth().isAfter(lastWholeMonth());
        }

        int firstWholePeriod() {
            return FiscalPeriod.idOf(firstWholeMonth());
        }

        int lastWholePeriod() {
            return FiscalPeriod.idOf(lastWholeMonth());
        }

        List<LocalDate[]> partialDays() {
            if (!hasWholeMonths()) {
                return List.<LocalDate[]>of(new LocalDate[] {from, to});
            }
            List<LocalDate[]> days = new ArrayList<>();
            if (from.getDayOfMonth() > 1) {
                days.add(new LocalDate[] {from, YearMonth.from(from).atEndOfMonth()});
            }
            if (!to.equals(YearMonth.from(to).atEndOfMonth())) {
                days.add(new LocalDate[] {YearMonth.from(to).atDay(1), to});
            }
            return days;
        }
    }
}
