package sn.pmas.currentaccount;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.SqlValues;
import sn.pmas.workingfund.Principals;

/** Statements of principals' current accounts, read from the view the PDF statement reads too. */
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
        List<?> rows = em.createNativeQuery("SELECT entry_date, entry_id, journal_code, source, source_reference, event_type, "
                        + "label, debit, credit FROM rpt_current_account_line WHERE account_id = ?1 AND entry_date >= ?2 "
                        + "AND entry_date <= ?3 ORDER BY entry_date, entry_id, line_number FETCH FIRST " + (MAX_LINES + 1) + " ROWS ONLY")
                .setParameter(1, accountId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        if (rows.size() > MAX_LINES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "from",
                    "Plus de " + MAX_LINES + " mouvements sur la période : réduire l'intervalle de dates.");
        }
        List<StatementMovement> lines = new ArrayList<>(rows.size());
        long balance = opening;
        long credits = 0;
        long debits = 0;
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long debit = SqlValues.longOf(c[7]);
            long credit = SqlValues.longOf(c[8]);
            balance += credit - debit;
            credits += credit;
            debits += debit;
            lines.add(new StatementMovement(SqlValues.dateOf(c[0]), SqlValues.longOf(c[1]), (String) c[2], (String) c[3],
                    (String) c[4], (String) c[5], (String) c[6], debit, credit, balance));
        }
        return new PrincipalStatement(principal.code(), principal.name(), Principals.currentAccountCode(principal), from, to,
                opening, credits, debits, balance, List.copyOf(lines));
    }
}
