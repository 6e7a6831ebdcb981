package sn.pmas.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import sn.pmas.platform.DatabaseMigrator;

/**
 * Account statement (extrait de compte) with a running balance. A control account's statement
 * shows the movements of all its auxiliary accounts. The opening balance comes from the period
 * balances plus the days of the first month; lines are those of {@link AccountLines}.
 */
@Stateless
public class AccountStatementQuery {

    @PersistenceContext
    private EntityManager em;

    /** The transaction's own connection: the container hands the same one to every user of the data source within it. */
    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

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
        List<AccountLine> read;
        em.flush(); // what this transaction wrote, seen by the plain JDBC reads
        try (Connection connection = dataSource.getConnection()) {
            read = AccountLines.read(connection, accountIds, from, to);
        } catch (SQLException failure) {
            throw new PersistenceException("statement lines of " + accountCode + " not read", failure);
        }
        List<StatementLine> lines = new ArrayList<>(read.size());
        long balance = opening;
        long debits = 0;
        long credits = 0;
        for (AccountLine line : read) {
            balance += line.debit() - line.credit();
            debits += line.debit();
            credits += line.credit();
            lines.add(new StatementLine(line.date(), line.entryId(), line.lineNumber(), line.journalCode(), codes.get(line.accountId()),
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
