package sn.pmas.cheque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.LedgerSide;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/**
 * Cheques released and not yet cashed against each bank account's "cheques issued not cashed"
 * account (5219x, docs/cheques.md): a release credits it, a cashing debits it, and the reversal
 * of a release (a cheque voided or gone stale after release) debits it back.
 */
@ApplicationScoped
public class OutstandingChequesReconciliation implements ReconciledRegister {

    private static final String ROWS = "SELECT a.code, q.reference, q.amount, q.released_on, q.cashed_on, q.ended_on, q.release_entry_id, "
            + "q.reversal_entry_id FROM cheque q JOIN bank_account b ON b.id = q.bank_account_id JOIN account a ON a.id = b.issued_account_id "
            + "WHERE q.released_on IS NOT NULL AND q.released_on <= ?2 "
            + "AND (q.released_on >= ?1 OR q.cashed_on >= ?1 OR q.ended_on >= ?1)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "cheques.outstanding";
    }

    @Override
    public String title() {
        return "Chèques débloqués non encaissés";
    }

    @Override
    public LedgerSide ledgerSide() {
        List<String> accounts = em.createNativeQuery("SELECT a.code FROM bank_account b JOIN account a ON a.id = b.issued_account_id "
                + "ORDER BY a.code").getResultList().stream().map(String.class::cast).toList();
        return LedgerSide.balanceOf(accounts.toArray(String[]::new));
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        Map<String, Long> totals = new HashMap<>();
        for (Step step : steps(null, from, to)) {
            totals.merge(step.account(), step.item().amount(), Long::sum);
        }
        return totals;
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return steps(accountCode, from, to).stream().map(Step::item).toList();
    }

    /** A step of a cheque and the issued-cheques account it moves. */
    private record Step(String account, RegisterItem item) {
    }

    /** Each step of each cheque within the span. */
    private List<Step> steps(String accountCode, LocalDate from, LocalDate to) {
        List<Step> steps = new ArrayList<>();
        Query query = em.createNativeQuery(ROWS + (accountCode == null ? "" : " AND a.code = ?3"))
                .setParameter(1, from).setParameter(2, to);
        if (accountCode != null) {
            query.setParameter(3, accountCode);
        }
        query.getResultList()
                .forEach(row -> {
                    Object[] cells = (Object[]) row;
                    String account = (String) cells[0];
                    String reference = (String) cells[1];
                    long amount = SqlValues.longOf(cells[2]);
                    LocalDate released = SqlValues.dateOf(cells[3]);
                    if (!released.isBefore(from)) {
                        steps.add(new Step(account, new RegisterItem(ChequePostings.SOURCE, reference + ChequePostings.RELEASE_SUFFIX, released, amount,
                                "Déblocage du chèque " + reference)));
                    }
                    LocalDate cashed = cells[4] == null ? null : SqlValues.dateOf(cells[4]);
                    if (cashed != null && !cashed.isBefore(from) && !cashed.isAfter(to)) {
                        steps.add(new Step(account, new RegisterItem(ChequePostings.SOURCE, reference + ChequePostings.CASHING_SUFFIX, cashed, -amount,
                                "Encaissement du chèque " + reference)));
                    }
                    LocalDate ended = cells[5] == null ? null : SqlValues.dateOf(cells[5]);
                    if (ended != null && cells[7] != null && !ended.isBefore(from) && !ended.isAfter(to)) {
                        steps.add(new Step(account, new RegisterItem(LedgerSource.REVERSAL.code(), "REV-" + SqlValues.longOf(cells[6]), ended, -amount,
                                "Annulation ou péremption du chèque " + reference)));
                    }
                });
        return steps;
    }
}
