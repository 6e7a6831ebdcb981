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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import sn.pmas.ledger.AccountLine;
import sn.pmas.ledger.AccountLines;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.DatabaseMigrator;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.RowsByKey;
import sn.pmas.workingfund.Principals;

/**
 * Statements of principals' current accounts: the lines of the principal's account (those of the
 * view rpt_current_account_line) with their running balance. The JSON, CSV and PDF statements
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
        // By account id, not code: only then does Derby read the lines through their (account, date) index (V8).
        long accountId = em.createQuery("select a.id from Account a where a.code = :code", Long.class)
                .setParameter("code", Principals.currentAccountCode(principal)).getSingleResult();
        long opening = LedgerTotals.sum(new LedgerTotals(em).balancesAt(List.of(accountId), from.minusDays(1))).creditBalance();
        List<AccountLine> read;
        Map<Long, String> eventTypes = new HashMap<>();
        em.flush(); // what this transaction wrote, seen by the plain JDBC reads
        try (Connection connection = dataSource.getConnection()) {
            read = AccountLines.read(connection, List.of(accountId), from, to);
            Set<Long> entryIds = new HashSet<>(read.size() * 2);
            read.forEach(line -> entryIds.add(line.entryId()));
            RowsByKey.read(connection, "SELECT entry_id, event_type FROM " + IndexedLookup.throughIndex("sig_event", "ix_sig_event_entry_type")
                    + " WHERE entry_id %s", entryIds, row -> eventTypes.put(row.getLong(1), row.getString(2)));
        } catch (SQLException failure) {
            throw new PersistenceException("statement lines of " + principalCode + " not read", failure);
        }
        List<StatementMovement> lines = new ArrayList<>(read.size());
        long balance = opening;
        long credits = 0;
        long debits = 0;
        for (AccountLine line : read) {
            balance += line.credit() - line.debit();
            credits += line.credit();
            debits += line.debit();
            lines.add(new StatementMovement(line.date(), line.entryId(), line.journalCode(), line.source(), line.sourceReference(),
                    eventTypes.get(line.entryId()), line.label(), line.debit(), line.credit(), balance));
        }
        return new PrincipalStatement(principal.code(), principal.name(), Principals.currentAccountCode(principal), from, to,
                opening, credits, debits, balance, List.copyOf(lines));
    }
}
