package sn.pmas.statements;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.SqlValues;

/**
 * Reads a year's {@link YearFigures} from the ledger's read models: one row per account from the
 * year rows (what it brings forward, what it moved), its AN lines of 1 January, and the
 * counterparts of the treasury accounts summed per account (the AN entries left out).
 */
final class LedgerFigures {

    private final EntityManager em;

    LedgerFigures(EntityManager em) {
        this.em = em;
    }

    YearFigures of(int year, boolean closed, Map<Long, LedgerTotals.Totals> closingLines, Mapping mapping) {
        Map<Long, LedgerTotals.Totals> openingEntries = openingEntries(year);
        List<AccountFigures> accounts = new ArrayList<>();
        List<Long> treasury = new ArrayList<>();
        Map<Long, String[]> described = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT a.id, a.code, a.name, a.account_class, COALESCE(c.code, a.code), COALESCE(c.name, a.name), "
                        + "y.opening_debit - y.opening_credit, y.debit_total - y.credit_total FROM account_year_balance y "
                        + "JOIN account a ON a.id = y.account_id LEFT JOIN account c ON c.id = a.control_account_id "
                        + "WHERE y.fiscal_year = ?1 AND (y.opening_debit <> 0 OR y.opening_credit <> 0 OR y.debit_total <> 0 OR y.credit_total <> 0)")
                .setParameter(1, year).getResultList()) {
            Object[] c = (Object[]) row;
            long id = SqlValues.longOf(c[0]);
            String code = (String) c[1];
            LedgerTotals.Totals opening = openingEntries.getOrDefault(id, LedgerTotals.Totals.ZERO);
            LedgerTotals.Totals closing = closingLines.getOrDefault(id, LedgerTotals.Totals.ZERO);
            accounts.add(new AccountFigures(code, (String) c[2], (int) SqlValues.longOf(c[3]), (String) c[4], (String) c[5],
                    SqlValues.longOf(c[6]), opening.debitBalance(), SqlValues.longOf(c[7]), closing.debitBalance()));
            described.put(id, new String[] {code, (String) c[2], (String) c[4], (String) c[5]});
            if (mapping.treasury(code)) {
                treasury.add(id);
            }
        }
        return new YearFigures(year, closed, accounts, treasury.isEmpty() ? List.of() : flows(year, treasury, described));
    }

    /** What the year-end's AN entries of 1 January (and their reversals) put on each account: the lines the TFT leaves out. */
    private Map<Long, LedgerTotals.Totals> openingEntries(int year) {
        Map<Long, LedgerTotals.Totals> totals = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT l.account_id, SUM(l.debit), SUM(l.credit) FROM journal_line l JOIN journal_entry e "
                        + "ON e.id = l.entry_id WHERE l.entry_date = ?1 AND e.journal_code = '" + LedgerTotals.OPENING_JOURNAL + "' AND NOT "
                        + LedgerTotals.movesMoney("l") + " GROUP BY l.account_id")
                .setParameter(1, LocalDate.of(year, 1, 1)).getResultList()) {
            Object[] c = (Object[]) row;
            totals.put(SqlValues.longOf(c[0]), new LedgerTotals.Totals(SqlValues.longOf(c[1]), SqlValues.longOf(c[2])));
        }
        return totals;
    }

    /**
     * The lines of the year's entries that moved a treasury account, on the other accounts, summed
     * per account: what came in (their credits) and went out (their debits). Transfers between
     * treasury accounts have no counterpart and move no cash. Driven by the treasury's lines of the
     * year (index on account and date), then their entries' other lines: what it reads grows with
     * the entries that moved cash, not with the year.
     */
    private List<Flow> flows(int year, List<Long> treasury, Map<Long, String[]> described) {
        String ids = treasury.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        List<Flow> flows = new ArrayList<>();
        // the entries first, then each one's lines by its key: as "entry_id IN (subquery)", Derby
        // scanned every line of the ledger and hashed them (5 s at 600 000 lines)
        for (Object row : em.createNativeQuery("SELECT c.account_id, SUM(c.debit), SUM(c.credit) FROM (SELECT DISTINCT t.entry_id "
                        + "FROM journal_line t WHERE t.account_id IN (" + ids + ") AND t.entry_date >= ?1 AND t.entry_date <= ?2) moved "
                        + "JOIN " + IndexedLookup.throughConstraint("journal_line c", "pk_journal_line")
                        + "ON c.entry_id = moved.entry_id WHERE c.account_id NOT IN (" + ids + ") "
                        + "AND " + LedgerTotals.movesMoney("c") + " GROUP BY c.account_id")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31)).getResultList()) {
            Object[] c = (Object[]) row;
            String[] account = described.get(SqlValues.longOf(c[0]));
            flows.add(new Flow(account[0], account[1], account[2], account[3], SqlValues.longOf(c[1]), SqlValues.longOf(c[2])));
        }
        return flows;
    }
}
