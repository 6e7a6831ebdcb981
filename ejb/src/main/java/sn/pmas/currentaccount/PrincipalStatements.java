package sn.pmas.currentaccount;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.SqlValues;
import sn.pmas.workingfund.Principals;

/**
 * Statements of principals' current accounts: the lines of the principal's account (those of the
 * view rpt_current_account_line) with their running balance. The JSON, CSV and PDF statements
 * all show this one computation.
 */
@Stateless
public class PrincipalStatements {

    /** A statement longer than this is asked for a shorter span. */
    static final int MAX_LINES = 50_000;

    @PersistenceContext
    private EntityManager em;

    public PrincipalStatement statement(String principalCode, LocalDate from, LocalDate to) throws LedgerException {
        if (from == null || to == null || to.isBefore(from)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to", "Période invalide : du " + from + " au " + to + ".");
        }
        Party principal = Principals.require(em, principalCode);
        // By account id, not code: only then does Derby read the lines through their (account, date) index (V8).
        long accountId = em.createQuery("select a.id from Account a where a.code = :code", Long.class)
                .setParameter("code", Principals.currentAccountCode(principal)).getSingleResult();
        long opening = LedgerTotals.sum(new LedgerTotals(em).balancesAt(List.of(accountId), from.minusDays(1))).creditBalance();
        // The lines of the one account with their entry and SIG event, read from the base tables:
        // the principal and its account are known, so the view's joins to them would only cost two
        // more index reads per line. In index order, sorted here: the (account, date) index gives the
        // dates in order already, and sorting in Java is cheaper than the database's sort of every row.
        // The event (one per entry at most) read from its index for each line: joined, PostgreSQL
        // hashes every SIG event of the base, which grows with the claims, not with the statement.
        List<?> rows = em.createNativeQuery("SELECT l.entry_date, l.entry_id, l.line_number, e.journal_code, e.source, "
                        + "e.source_reference, (SELECT sig_event.event_type FROM " + IndexedLookup.throughIndex("sig_event", "ix_sig_event_entry_type")
                        + " WHERE sig_event.entry_id = l.entry_id), l.label, l.debit, l.credit FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                        + "WHERE l.account_id = ?1 AND l.entry_date >= ?2 AND l.entry_date <= ?3 AND " + LedgerTotals.entryMovesMoney("e")
                        + " FETCH FIRST " + (MAX_LINES + 1) + " ROWS ONLY")
                .setParameter(1, accountId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        if (rows.size() > MAX_LINES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "from",
                    "Plus de " + MAX_LINES + " mouvements sur la période : réduire l'intervalle de dates.");
        }
        List<Line> read = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            read.add(new Line(SqlValues.dateOf(c[0]), SqlValues.longOf(c[1]), (int) SqlValues.longOf(c[2]), (String) c[3],
                    (String) c[4], (String) c[5], (String) c[6], (String) c[7], SqlValues.longOf(c[8]), SqlValues.longOf(c[9])));
        }
        read.sort(Line.ORDER);
        List<StatementMovement> lines = new ArrayList<>(read.size());
        long balance = opening;
        long credits = 0;
        long debits = 0;
        for (Line line : read) {
            balance += line.credit() - line.debit();
            credits += line.credit();
            debits += line.debit();
            lines.add(new StatementMovement(line.date(), line.entryId(), line.journalCode(), line.source(), line.sourceReference(),
                    line.eventType(), line.label(), line.debit(), line.credit(), balance));
        }
        return new PrincipalStatement(principal.code(), principal.name(), Principals.currentAccountCode(principal), from, to,
                opening, credits, debits, balance, List.copyOf(lines));
    }

    /** A line as read, before its running balance. */
    private record Line(LocalDate date, long entryId, int lineNumber, String journalCode, String source, String sourceReference,
                        String eventType, String label, long debit, long credit) {

        static final Comparator<Line> ORDER = Comparator.comparing(Line::date).thenComparingLong(Line::entryId)
                .thenComparingInt(Line::lineNumber);
    }
}
