package sn.pmas.ledger;

import sn.pmas.platform.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trial balance (balance générale, auxiliaries rolled up into their control account).
 * Whole months come from the per-period balances of the reporting view {@code rpt_general_balance}
 * (the view the BIRT report reads); only the days of a partial month are summed from lines.
 * Earlier years' income and expense count in the opening under 128 (see the view), so the
 * opening balances always sum to zero.
 */
@Stateless
public class TrialBalanceQuery {

    /** ?1 first period of the fiscal year, ?2 first period of the span. */
    private static final String OPENING_FROM_VIEW = "SELECT code, name, SUM(debit_total), SUM(credit_total) FROM ("
            + "SELECT CASE WHEN period_id < ?1 THEN carry_code ELSE account_code END AS code, "
            + "CASE WHEN period_id < ?1 THEN carry_name ELSE account_name END AS name, debit_total, credit_total "
            + "FROM rpt_general_balance WHERE period_id < ?2) carried GROUP BY code, name";
    /** ?1 first and ?2 last whole period of the span. */
    private static final String MOVEMENTS_FROM_VIEW = "SELECT account_code, account_name, SUM(debit_total), SUM(credit_total) "
            + "FROM rpt_general_balance WHERE period_id >= ?1 AND period_id <= ?2 GROUP BY account_code, account_name";

    @PersistenceContext
    private EntityManager em;

    public TrialBalance forPeriods(YearMonth from, YearMonth to) throws LedgerException {
        return forDates(from.atDay(1), to.atEndOfMonth());
    }

    public TrialBalance forDates(LocalDate from, LocalDate to) throws LedgerException {
        if (from == null || to == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, from == null ? "from" : "to", "Dates de début et de fin obligatoires.");
        }
        if (to.isBefore(from) || from.getYear() != to.getYear()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to",
                    "La fin (" + to + ") doit suivre le début (" + from + ") dans le même exercice.");
        }
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        DateSpan span = new DateSpan(from, to);
        int yearStart = from.getYear() * 100 + 1;

        // Opening: whole months before the first one (earlier years' results under 128), then the
        // first month's days before 'from'.
        addFromView(sums, names, OPENING_FROM_VIEW, true, yearStart, span.firstPeriod());
        if (from.getDayOfMonth() > 1) {
            addFromLines(sums, names, from.withDayOfMonth(1), from.minusDays(1), true);
        }
        // Movements: whole months inside the span, then the days of partial months.
        if (span.hasWholeMonths()) {
            addFromView(sums, names, MOVEMENTS_FROM_VIEW, false, span.firstWholePeriod(), span.lastWholePeriod());
        }
        for (LocalDate[] days : span.partialDays()) {
            addFromLines(sums, names, days[0], days[1], false);
        }
        return assemble(from, to, sums, names);
    }

    private void addFromView(Map<String, long[]> sums, Map<String, String> names, String sql, boolean intoOpening,
                             int firstParameter, int secondParameter) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, firstParameter)
                .setParameter(2, secondParameter)
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            accumulate(sums, names, (String) cells[0], (String) cells[1], SqlValues.longOf(cells[2]), SqlValues.longOf(cells[3]), intoOpening);
        }
    }

    private void addFromLines(Map<String, long[]> sums, Map<String, String> names, LocalDate from, LocalDate to,
                              boolean intoOpening) {
        List<?> rows = em.createNativeQuery("SELECT COALESCE(c.code, a.code), COALESCE(c.name, a.name), s.debit, s.credit "
                        + "FROM (SELECT account_id, SUM(debit) AS debit, SUM(credit) AS credit FROM journal_line "
                        + "WHERE entry_date >= ?1 AND entry_date <= ?2 GROUP BY account_id) s "
                        + "JOIN account a ON a.id = s.account_id LEFT JOIN account c ON c.id = a.control_account_id")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            accumulate(sums, names, (String) cells[0], (String) cells[1], SqlValues.longOf(cells[2]), SqlValues.longOf(cells[3]), intoOpening);
        }
    }

    /** Opening sums signed balances (sum[0]); movements sum debits (sum[1]) and credits (sum[2]). */
    private static void accumulate(Map<String, long[]> sums, Map<String, String> names, String code, String name,
                                   long debit, long credit, boolean intoOpening) {
        long[] sum = sums.computeIfAbsent(code, c -> new long[3]);
        names.putIfAbsent(code, name);
        if (intoOpening) {
            sum[0] += debit - credit;
        } else {
            sum[1] += debit;
            sum[2] += credit;
        }
    }

    private static TrialBalance assemble(LocalDate from, LocalDate to, Map<String, long[]> sums, Map<String, String> names) {
        long opening = 0;
        long debit = 0;
        long credit = 0;
        List<TrialBalanceRow> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> sum : sums.entrySet()) {
            long[] s = sum.getValue();
            if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
                continue;
            }
            rows.add(new TrialBalanceRow(sum.getKey(), names.get(sum.getKey()), s[0], s[1], s[2], s[0] + s[1] - s[2]));
            opening += s[0];
            debit += s[1];
            credit += s[2];
        }
        return new TrialBalance(from, to, List.copyOf(rows),
                new TrialBalanceRow(null, "Totaux", opening, debit, credit, opening + debit - credit));
    }


    /** A date span cut into whole months and the partial days at either end. */
    private record DateSpan(LocalDate from, LocalDate to) {

        int firstPeriod() {
            return FiscalPeriod.idOf(YearMonth.from(from));
        }

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
