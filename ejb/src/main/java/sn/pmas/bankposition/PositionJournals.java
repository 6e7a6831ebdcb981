package sn.pmas.bankposition;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sn.pmas.cheque.BankAccount;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.SqlValues;

/**
 * The bank position journal of an account over a span of days, and its 30-day projection
 * (docs/bank-position.md). Every figure is read once for the whole span as changes per day
 * (GROUP BY date in SQL) and walked forward in Java: a year costs a handful of queries, never one a day.
 */
@Stateless
@PermitAll
public class PositionJournals {

    /** A year and a day: the journal of a whole (leap) year fits. */
    static final int MAX_DAYS = 366;
    static final int PROJECTION_DAYS = 30;
    /** Expected fund-call inflows and fiscal obligations belong to the accounts the SIG's receipts and the pool's taxes move. */
    static final String PRINCIPALS_BANK = "5211";
    static final String POOL_BANK = "5212";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;

    public PositionJournal journal(String bankCode, LocalDate from, LocalDate to) throws LedgerException {
        if (from == null || to == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, from == null ? "from" : "to", "Les dates de début et de fin sont obligatoires.");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to", "Le journal couvre de 1 à " + MAX_DAYS + " jours (reçu : du " + from
                    + " au " + to + ").");
        }
        BankAccount bank = bankAccounts.require(bankCode);
        String ledgerCode = em.find(Account.class, bank.ledgerAccountId()).code();
        LocalDate horizon = to.plusDays(PROJECTION_DAYS);
        Figures figures = figures(bank, ledgerCode, from, to);
        List<PositionDay> days = new ArrayList<>();
        DailyChanges.Cursor book = figures.book.cursor();
        DailyChanges.Cursor issued = figures.issued.cursor();
        DailyChanges.Cursor held = figures.held.cursor();
        DailyChanges.Cursor transit = figures.inTransit.cursor();
        DailyChanges.Cursor margin = figures.margin.cursor();
        List<DailyChanges.Cursor> calls = figures.calls.values().stream().map(DailyChanges::cursor).toList();
        List<DailyChanges.Cursor> pending = figures.calls.keySet().stream()
                .map(principal -> figures.pending.getOrDefault(principal, new DailyChanges()).cursor()).toList();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long expected = 0;
            for (int i = 0; i < calls.size(); i++) {
                expected += Math.max(0, calls.get(i).at(day) - pending.get(i).at(day));
            }
            days.add(PositionDay.of(day, book.at(day), -issued.at(day), held.at(day), transit.at(day), expected, margin.at(day)));
        }
        return new PositionJournal(bank.code(), ledgerCode, from, to, days, projection(bank, ledgerCode, days.get(days.size() - 1), horizon,
                figures.margin));
    }

    /** The projection alone, from the end of {@code from}. */
    public PositionJournal projection(String bankCode, LocalDate from) throws LedgerException {
        return journal(bankCode, from, from);
    }

    /** The latest day on or before {@code today} with a movement on the account's 521x or 5219x: where its journal has data. */
    public LocalDate latestActivity(String bankCode, LocalDate today) throws LedgerException {
        BankAccount bank = bankAccounts.require(bankCode);
        Object latest = em.createNativeQuery("SELECT MAX(entry_date) FROM journal_line WHERE account_id IN (?1, ?2) AND entry_date <= ?3")
                .setParameter(1, bank.ledgerAccountId()).setParameter(2, bank.issuedAccountId()).setParameter(3, today).getSingleResult();
        return latest == null ? today : SqlValues.dateOf(latest);
    }

    /** The figures of the journal, each as its changes per day up to {@code to}. */
    private record Figures(DailyChanges book, DailyChanges issued, DailyChanges held, DailyChanges inTransit, DailyChanges margin,
                           Map<Long, DailyChanges> calls, Map<Long, DailyChanges> pending) {
    }

    private Figures figures(BankAccount bank, String ledgerCode, LocalDate from, LocalDate to) {
        DailyChanges book = new DailyChanges();
        DailyChanges issued = new DailyChanges();
        // the balances brought to the day before, from the ledger's read model; the days' movements from the lines
        new LedgerTotals(em).balancesAt(List.of(bank.ledgerAccountId(), bank.issuedAccountId()), from.minusDays(1)).forEach((id, totals) ->
                (id == bank.ledgerAccountId() ? book : issued).add(from.minusDays(1), totals.debitBalance()));
        for (Object row : em.createNativeQuery("SELECT l.account_id, l.entry_date, SUM(l.debit) - SUM(l.credit) FROM journal_line l "
                        + "WHERE l.account_id IN (?1, ?2) AND l.entry_date >= ?3 AND l.entry_date <= ?4 AND " + LedgerTotals.movesMoney("l")
                        + " GROUP BY l.account_id, l.entry_date")
                .setParameter(1, bank.ledgerAccountId()).setParameter(2, bank.issuedAccountId()).setParameter(3, from).setParameter(4, to)
                .getResultList()) {
            Object[] c = (Object[]) row;
            (SqlValues.longOf(c[0]) == bank.ledgerAccountId() ? book : issued).add(SqlValues.dateOf(c[1]), SqlValues.longOf(c[2]));
        }
        DailyChanges held = new DailyChanges()
                .add(rows("SELECT held_on, SUM(amount) FROM cheque WHERE bank_account_id = ?1 AND held_on <= ?2 GROUP BY held_on", bank, to), 1)
                .add(rows("SELECT COALESCE(released_on, ended_on), SUM(amount) FROM cheque WHERE bank_account_id = ?1 AND held_on IS NOT NULL "
                        + "AND COALESCE(released_on, ended_on) <= ?2 GROUP BY COALESCE(released_on, ended_on)", bank, to), -1);
        DailyChanges inTransit = new DailyChanges()
                .add(rows("SELECT s.deposited_on, SUM(q.amount) FROM incoming_cheque q JOIN deposit_slip s ON s.id = q.deposit_slip_id "
                        + "WHERE s.bank_account_id = ?1 AND s.deposited_on <= ?2 GROUP BY s.deposited_on", bank, to), 1)
                .add(rows("SELECT COALESCE(q.cleared_on, q.returned_on), SUM(q.amount) FROM incoming_cheque q JOIN deposit_slip s "
                        + "ON s.id = q.deposit_slip_id WHERE s.bank_account_id = ?1 AND COALESCE(q.cleared_on, q.returned_on) <= ?2 "
                        + "GROUP BY COALESCE(q.cleared_on, q.returned_on)", bank, to), -1);
        DailyChanges margin = new DailyChanges();
        long previous = 0;
        for (Object row : em.createNativeQuery("SELECT valid_from, amount FROM bank_safety_margin WHERE bank_account_id = ?1 ORDER BY valid_from")
                .setParameter(1, bank.id()).getResultList()) {
            Object[] c = (Object[]) row;
            long amount = SqlValues.longOf(c[1]);
            margin.add(SqlValues.dateOf(c[0]), amount - previous);
            previous = amount;
        }
        Map<Long, DailyChanges> calls = new TreeMap<>();
        Map<Long, DailyChanges> pending = new HashMap<>();
        if (PRINCIPALS_BANK.equals(ledgerCode)) {
            byPrincipal(calls, "SELECT principal_party_id, issued_on, SUM(amount) FROM fund_call WHERE issued_on <= ?1 "
                    + "GROUP BY principal_party_id, issued_on", to, 1);
            byPrincipal(calls, "SELECT r.principal_party_id, r.received_on, SUM(s.amount) FROM fund_call_settlement s "
                    + "JOIN funds_receipt r ON r.id = s.funds_receipt_id WHERE r.received_on <= ?1 GROUP BY r.principal_party_id, r.received_on", to, -1);
            byPrincipal(pending, "SELECT q.principal_party_id, s.deposited_on, SUM(q.amount) FROM incoming_cheque q JOIN deposit_slip s "
                    + "ON s.id = q.deposit_slip_id WHERE q.kind = 'FUNDS' AND s.deposited_on <= ?1 GROUP BY q.principal_party_id, s.deposited_on", to, 1);
            byPrincipal(pending, "SELECT q.principal_party_id, COALESCE(q.cleared_on, q.returned_on), SUM(q.amount) FROM incoming_cheque q "
                    + "WHERE q.kind = 'FUNDS' AND q.deposit_slip_id IS NOT NULL AND COALESCE(q.cleared_on, q.returned_on) <= ?1 "
                    + "GROUP BY q.principal_party_id, COALESCE(q.cleared_on, q.returned_on)", to, -1);
        }
        return new Figures(book, issued, held, inTransit, margin, calls, pending);
    }

    /**
     * From the end of the journal's last day: held cheques by their latest release date, fiscal
     * obligations unpaid by their payment due date (the pool's account), open fund calls by their due
     * date (the principals' account). What is overdue or has no date falls on the first day.
     */
    private List<ProjectedDay> projection(BankAccount bank, String ledgerCode, PositionDay start, LocalDate horizon, DailyChanges margins) {
        LocalDate from = start.day();
        LocalDate first = from.plusDays(1);
        Map<LocalDate, List<ProjectedDay.Flow>> flows = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT reference, payee, amount, latest_release_on FROM cheque WHERE bank_account_id = ?1 "
                        + "AND held_on <= ?2 AND (COALESCE(released_on, ended_on) IS NULL OR COALESCE(released_on, ended_on) > ?2) "
                        + "AND (latest_release_on IS NULL OR latest_release_on <= ?3)")
                .setParameter(1, bank.id()).setParameter(2, from).setParameter(3, horizon).getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate deadline = c[3] == null ? first : max(first, SqlValues.dateOf(c[3]));
            flow(flows, deadline, new ProjectedDay.Flow(ProjectedDay.Kind.HELD_CHEQUE, (String) c[0], "Chèque bloqué à " + c[1], -SqlValues.longOf(c[2])));
        }
        if (POOL_BANK.equals(ledgerCode)) {
            for (Object row : em.createNativeQuery("SELECT o.code, t.period_start, t.amount, t.payment_due FROM tax_occurrence t "
                            + "JOIN tax_obligation o ON o.id = t.obligation_id WHERE t.payment_due IS NOT NULL AND t.payment_due <= ?2 "
                            + "AND t.amount > 0 AND t.cheque_id IS NULL AND (t.paid_on IS NULL OR t.paid_on > ?1)")
                    .setParameter(1, from).setParameter(2, horizon).getResultList()) {
                Object[] c = (Object[]) row;
                flow(flows, max(first, SqlValues.dateOf(c[3])), new ProjectedDay.Flow(ProjectedDay.Kind.FISCAL_OBLIGATION,
                        c[0] + " " + SqlValues.dateOf(c[1]).toString().substring(0, 7), "Échéance fiscale " + c[0], -SqlValues.longOf(c[2])));
            }
        }
        if (PRINCIPALS_BANK.equals(ledgerCode)) {
            openCalls(from, first).forEach((day, calls) -> calls.forEach(call -> flow(flows, day, call)));
        }
        List<ProjectedDay> projection = new ArrayList<>();
        long position = start.bookBalance() - start.outstanding() + start.inTransit();
        projection.add(new ProjectedDay(from, 0, 0, position, start.safetyMargin(), position < start.safetyMargin(), List.of()));
        for (LocalDate day = first; !day.isAfter(horizon); day = day.plusDays(1)) {
            List<ProjectedDay.Flow> today = flows.getOrDefault(day, List.of());
            long in = today.stream().mapToLong(ProjectedDay.Flow::amount).filter(a -> a > 0).sum();
            long out = -today.stream().mapToLong(ProjectedDay.Flow::amount).filter(a -> a < 0).sum();
            position += in - out;
            long margin = margins.at(day);
            projection.add(new ProjectedDay(day, in, out, position, margin, position < margin, today));
        }
        return projection;
    }

    /**
     * Each fund call still open at the end of {@code asOf}, less its principal's cheques deposited and
     * not yet credited (oldest calls first), by its due date: issued on + the payment days in force then.
     */
    private Map<LocalDate, List<ProjectedDay.Flow>> openCalls(LocalDate asOf, LocalDate first) {
        Map<Long, Long> inTransit = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT q.principal_party_id, SUM(q.amount) FROM incoming_cheque q JOIN deposit_slip s "
                        + "ON s.id = q.deposit_slip_id WHERE q.kind = 'FUNDS' AND s.deposited_on <= ?1 AND (COALESCE(q.cleared_on, q.returned_on) IS NULL "
                        + "OR COALESCE(q.cleared_on, q.returned_on) > ?1) GROUP BY q.principal_party_id").setParameter(1, asOf).getResultList()) {
            Object[] c = (Object[]) row;
            inTransit.put(SqlValues.longOf(c[0]), SqlValues.longOf(c[1]));
        }
        Map<LocalDate, List<ProjectedDay.Flow>> flows = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT f.principal_party_id, f.call_number, p.code, f.issued_on, f.amount - COALESCE((SELECT SUM(s.amount) "
                        + "FROM fund_call_settlement s JOIN funds_receipt r ON r.id = s.funds_receipt_id WHERE s.fund_call_id = f.id AND r.received_on <= ?1), 0), "
                        + "(SELECT m.amount FROM pool_parameter m WHERE m.name = 'FUND_CALL_PAYMENT_DAYS' AND m.valid_from = (SELECT MAX(n.valid_from) "
                        + "FROM pool_parameter n WHERE n.name = 'FUND_CALL_PAYMENT_DAYS' AND n.valid_from <= f.issued_on)) "
                        + "FROM fund_call f JOIN party p ON p.id = f.principal_party_id WHERE f.issued_on <= ?1 ORDER BY f.issued_on, f.id")
                .setParameter(1, asOf).getResultList()) {
            Object[] c = (Object[]) row;
            long principal = SqlValues.longOf(c[0]);
            long outstanding = SqlValues.longOf(c[4]);
            long covered = Math.min(outstanding, inTransit.getOrDefault(principal, 0L));
            inTransit.merge(principal, -covered, Long::sum);
            if (outstanding - covered > 0) {
                LocalDate due = SqlValues.dateOf(c[3]).plusDays(c[5] == null ? 0 : SqlValues.longOf(c[5]));
                flows.computeIfAbsent(max(first, due), d -> new ArrayList<>()).add(new ProjectedDay.Flow(ProjectedDay.Kind.FUND_CALL,
                        (String) c[1], "Appel de fonds " + c[1] + " (" + c[2] + ")", outstanding - covered));
            }
        }
        return flows;
    }

    private static void flow(Map<LocalDate, List<ProjectedDay.Flow>> flows, LocalDate day, ProjectedDay.Flow flow) {
        flows.computeIfAbsent(day, d -> new ArrayList<>()).add(flow);
    }

    private List<?> rows(String sql, BankAccount bank, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, bank.id()).setParameter(2, to).getResultList();
    }

    private void byPrincipal(Map<Long, DailyChanges> figures, String sql, LocalDate to, int sign) {
        for (Object row : em.createNativeQuery(sql).setParameter(1, to).getResultList()) {
            Object[] c = (Object[]) row;
            if (c[1] != null) {
                figures.computeIfAbsent(SqlValues.longOf(c[0]), p -> new DailyChanges()).add(SqlValues.dateOf(c[1]), sign * SqlValues.longOf(c[2]));
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
