package sn.pmas.ledger;

import sn.pmas.platform.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Account statement (extrait de compte) with a running balance. A control account's statement
 * shows the movements of all its auxiliary accounts. The opening balance comes from the period
 * balances plus the days of the first month; lines are read from the (account, date) index.
 */
@Stateless
public class AccountStatementQuery {

    /** Beyond this a statement is no longer read on a screen: ask for a shorter span. */
    static final int MAX_LINES = 50_000;

    @PersistenceContext
    private EntityManager em;

    public AccountStatement statement(String accountCode, LocalDate from, LocalDate to) throws LedgerException {
        if (from == null || to == null || to.isBefore(from)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to", "Période invalide : du " + from + " au " + to + ".");
        }
        Account account = em.createQuery("select a from Account a where a.code = :code", Account.class)
                .setParameter("code", accountCode).getResultStream().findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.ACCOUNT_UNKNOWN, "accountCode",
                        "Le compte " + accountCode + " n'existe pas."));
        if (account.kind() == Account.Kind.GENERAL && !account.postable()) {
            throw new LedgerException(Rejection.ACCOUNT_NOT_POSTABLE, "accountCode",
                    "Le compte " + accountCode + " est un compte de regroupement : demander l'extrait d'un sous-compte.");
        }
        Map<Long, String> codes = new HashMap<>();
        if (account.kind() == Account.Kind.CONTROL) {
            em.createQuery("select a.id, a.code from Account a where a.controlAccountId = :id", Object[].class)
                    .setParameter("id", account.id()).getResultList()
                    .forEach(subAccount -> codes.put((Long) subAccount[0], (String) subAccount[1]));
        } else {
            codes.put(account.id(), account.code());
        }
        if (codes.isEmpty()) {
            return new AccountStatement(account.code(), account.name(), from, to, 0, 0, 0, 0, List.of());
        }
        List<Long> accountIds = List.copyOf(codes.keySet());
        long opening = openingBalance(accountIds, account.accountClass(), from);
        // Account codes from the map above rather than a join (one index read less per line); in
        // index order, sorted here, which costs less than the database's sort of every row.
        List<?> rows = em.createNativeQuery("SELECT l.entry_date, l.entry_id, l.line_number, e.journal_code, l.account_id, "
                        + "e.description, l.label, l.debit, l.credit FROM journal_line l "
                        + "JOIN journal_entry e ON e.id = l.entry_id "
                        + "WHERE l.account_id IN (?1) AND l.entry_date >= ?2 AND l.entry_date <= ?3 AND " + LedgerTotals.entryMovesMoney("e")
                        + " FETCH FIRST " + (MAX_LINES + 1) + " ROWS ONLY")
                .setParameter(1, accountIds)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        if (rows.size() > MAX_LINES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "from",
                    "Plus de " + MAX_LINES + " mouvements sur la période : réduire l'intervalle de dates.");
        }
        List<StatementLine> read = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            read.add(new StatementLine(SqlValues.dateOf(c[0]), SqlValues.longOf(c[1]), (int) SqlValues.longOf(c[2]),
                    (String) c[3], codes.get(SqlValues.longOf(c[4])), (String) c[5], (String) c[6], SqlValues.longOf(c[7]),
                    SqlValues.longOf(c[8]), 0));
        }
        read.sort(Comparator.comparing(StatementLine::entryDate).thenComparingLong(StatementLine::entryId)
                .thenComparingInt(StatementLine::lineNumber));
        List<StatementLine> lines = new ArrayList<>(read.size());
        long balance = opening;
        long debits = 0;
        long credits = 0;
        for (StatementLine line : read) {
            balance += line.debit() - line.credit();
            debits += line.debit();
            credits += line.credit();
            lines.add(new StatementLine(line.entryDate(), line.entryId(), line.lineNumber(), line.journalCode(), line.accountCode(),
                    line.description(), line.label(), line.debit(), line.credit(), balance));
        }
        return new AccountStatement(account.code(), account.name(), from, to, opening, debits, credits, balance, List.copyOf(lines));
    }

    /**
     * Balance-sheet accounts (classes 1 to 5) carry their balance over from year to year; income
     * and expense accounts (6 to 8) start each fiscal year at zero (the trial balance shows
     * earlier years' result under 128).
     */
    private long openingBalance(List<Long> accountIds, int accountClass, LocalDate from) {
        LedgerTotals totals = new LedgerTotals(em);
        LocalDate eve = from.minusDays(1);
        return LedgerTotals.sum(accountClass <= 5
                ? totals.balancesAt(accountIds, eve)
                : totals.movements(accountIds, from.withDayOfYear(1), eve)).debitBalance();
    }
}
