package sn.pmas.currentaccount;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.DatabaseMigrator;
import sn.pmas.workingfund.Principals;

/**
 * Statements of principals' current accounts: the lines of the principal's account
 * ({@link CurrentAccountLines}) with their running balance. The JSON, CSV and PDF statements
 * all show this one computation.
 */
@Stateless
public class PrincipalStatements {

    @PersistenceContext
    private EntityManager em;

    /** The transaction's own connection: the container hands the same one to every user of the data source within it. */
    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    public PrincipalStatement statement(String principalCode, LocalDate from, LocalDate to) throws LedgerException {
        if (from == null || to == null || to.isBefore(from)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to", "Période invalide : du " + from + " au " + to + ".");
        }
        Party principal = Principals.require(em, principalCode);
        // By account id, not code: the lines are a range of current_account_line's primary key.
        long accountId = em.createQuery("select a.id from Account a where a.code = :code", Long.class)
                .setParameter("code", Principals.currentAccountCode(principal)).getSingleResult();
        long opening = LedgerTotals.sum(new LedgerTotals(em).balancesAt(List.of(accountId), from.minusDays(1))).creditBalance();
        List<CurrentAccountLines.Line> read;
        em.flush(); // what this transaction wrote, seen by the plain JDBC read
        try (Connection connection = dataSource.getConnection()) {
            read = CurrentAccountLines.read(connection, accountId, from, to);
        } catch (SQLException failure) {
            throw new PersistenceException("statement lines of " + principalCode + " not read", failure);
        }
        List<StatementMovement> lines = new ArrayList<>(read.size());
        long balance = opening;
        long credits = 0;
        long debits = 0;
        for (CurrentAccountLines.Line line : read) {
            balance += line.credit() - line.debit();
            credits += line.credit();
            debits += line.debit();
            lines.add(new StatementMovement(line.date(), line.entryId(), line.journalCode(), line.source(), line.sourceReference(),
                    line.eventType(), line.label(), line.debit(), line.credit(), balance));
        }
        return new PrincipalStatement(principal.code(), principal.name(), Principals.currentAccountCode(principal), from, to,
                opening, credits, debits, balance, List.copyOf(lines));
    }
}
