package sn.pmas.currentaccount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.LedgerSide;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/**
 * The principals' statement lines (current_account_line, which the statements read instead of the
 * journal lines) against the current accounts 4581.X and 47121.X: a line missing, added or altered
 * there would make a statement say what the ledger does not.
 */
@ApplicationScoped
public class StatementLinesReconciliation implements ReconciledRegister {

    private static final String LINES = " FROM current_account_line l JOIN account a ON a.id = l.account_id"
            + " WHERE l.entry_date >= ?1 AND l.entry_date <= ?2";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "statements.current-accounts";
    }

    @Override
    public String title() {
        return "Relevés des comptes courants des mandants";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf("4581", "47121");
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        return ReconciledRegister.byAccount(em.createNativeQuery("SELECT a.code, SUM(l.credit - l.debit)" + LINES + " GROUP BY a.code")
                .setParameter(1, from).setParameter(2, to)
                .getResultList());
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return em.createNativeQuery("SELECT l.source, l.source_reference, l.entry_date, l.credit - l.debit, l.label" + LINES
                        + " AND a.code = ?3 ORDER BY l.entry_date, l.entry_id, l.line_number")
                .setParameter(1, from).setParameter(2, to).setParameter(3, accountCode)
                .getResultList().stream().map(row -> {
                    Object[] cells = (Object[]) row;
                    return new RegisterItem((String) cells[0], (String) cells[1], SqlValues.dateOf(cells[2]), SqlValues.longOf(cells[3]),
                            cells[4] == null ? "Ligne de relevé" : (String) cells[4]);
                }).toList();
    }
}
