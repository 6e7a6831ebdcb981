package sn.pmas.bankstatement;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.cheque.BankAccount;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.SqlValues;

/** The lines of a bank's ledger account that the statements must show and no statement line matched yet. */
final class BankLedgerLines {

    private BankLedgerLines() {
    }

    /**
     * Lines of the bank's ledger account from the first statement's start to {@code asOf}, neither
     * treasury entries nor their reversals (a booking undone with its statement line's match), that no
     * statement line matched ({@code onStatementBy}: by a line dated on or
     * before {@code asOf}; otherwise by any line).
     */
    static List<OpenItem> open(EntityManager em, BankAccount bank, LocalDate asOf, boolean onStatementBy) {
        LocalDate cutOff = firstStatementStart(em, bank.id());
        if (cutOff == null) {
            return List.of();
        }
        String matched = onStatementBy
                ? "SELECT 1 FROM bank_line_match m JOIN bank_statement_line s ON s.id = m.line_id WHERE m.entry_id = l.entry_id "
                + "AND m.line_number = l.line_number AND m.register_code = 'ledger' AND s.booking_date <= ?3"
                : "SELECT 1 FROM bank_line_match m WHERE m.entry_id = l.entry_id AND m.line_number = l.line_number AND m.register_code = 'ledger'";
        List<OpenItem> items = new ArrayList<>();
        em.createNativeQuery("SELECT l.entry_id, l.line_number, l.entry_date, l.debit - l.credit, e.description FROM journal_line l "
                        + "JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = ?1 AND l.entry_date >= ?2 AND l.entry_date <= ?3 "
                        + "AND e.source <> 'TREASURY' AND NOT EXISTS (SELECT 1 FROM journal_entry o WHERE o.id = e.reverses_entry_id "
                        + "AND o.source = 'TREASURY') AND " + LedgerTotals.movesMoney("l") + " AND NOT EXISTS (" + matched + ") "
                        + "ORDER BY l.entry_date, l.entry_id, l.line_number")
                .setParameter(1, bank.ledgerAccountId()).setParameter(2, cutOff).setParameter(3, asOf).getResultList()
                .forEach(row -> {
                    Object[] c = (Object[]) row;
                    items.add(new OpenItem(OpenItem.LEDGER, SqlValues.longOf(c[0]) + "/" + ((Number) c[1]).intValue(), SqlValues.longOf(c[3]),
                            SqlValues.dateOf(c[2]), null, (String) c[4]));
                });
        return items;
    }

    static LocalDate firstStatementStart(EntityManager em, long bankAccountId) {
        Object first = em.createNativeQuery("SELECT MIN(from_date) FROM bank_statement WHERE bank_account_id = ?1")
                .setParameter(1, bankAccountId).getSingleResult();
        return first == null ? null : SqlValues.dateOf(first);
    }

}
