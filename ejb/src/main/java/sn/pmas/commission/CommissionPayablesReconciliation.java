package sn.pmas.commission;

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
import sn.pmas.party.PartyType;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.LedgerSide;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/**
 * What the pool owes subscriber groups and brokers in commissions (4191.X, 4012.X) against the
 * register of runs and cheques: a confirmed run's line credits the party's account by its net,
 * the release of a commission cheque on the account debits it, and the reversal of that release
 * (a cheque voided or gone stale after release) credits it back.
 */
@ApplicationScoped
public class CommissionPayablesReconciliation implements ReconciledRegister {

    private static final String LINES = "SELECT l.account_code, r.kind, r.quarter, r.booked_on, l.net_amount FROM commission_line l "
            + "JOIN commission_run r ON r.id = l.run_id WHERE l.net_amount <> 0 AND r.booked_on >= ?1 AND r.booked_on <= ?2";
    private static final String CHEQUES = "SELECT a.code, q.reference, q.amount, q.released_on, q.ended_on, q.release_entry_id, "
            + "q.reversal_entry_id FROM cheque q JOIN account a ON a.id = q.payable_account_id WHERE q.kind = 'COMMISSION' "
            + "AND q.released_on IS NOT NULL AND q.released_on <= ?2 AND (q.released_on >= ?1 OR q.ended_on >= ?1)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "commissions.payables";
    }

    @Override
    public String title() {
        return "Commissions à payer aux groupes souscripteurs et aux courtiers";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf(PartyType.BROKER.controlAccountCode(), PartyType.SUBSCRIBER_GROUP.controlAccountCode());
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

    private record Step(String account, RegisterItem item) {
    }

    private List<Step> steps(String accountCode, LocalDate from, LocalDate to) {
        List<Step> steps = new ArrayList<>();
        for (Object row : query(LINES + (accountCode == null ? "" : " AND l.account_code = ?3"), accountCode, from, to).getResultList()) {
            Object[] l = (Object[]) row;
            CommissionKind kind = CommissionKind.valueOf((String) l[1]);
            steps.add(new Step((String) l[0], new RegisterItem(LedgerSource.COMMISSION.code(), kind.sourceReference((String) l[2]),
                    SqlValues.dateOf(l[3]), SqlValues.longOf(l[4]), kind.label() + " " + l[2])));
        }
        for (Object row : query(CHEQUES + (accountCode == null ? "" : " AND a.code = ?3"), accountCode, from, to).getResultList()) {
            Object[] q = (Object[]) row;
            String account = (String) q[0];
            String reference = (String) q[1];
            long amount = SqlValues.longOf(q[2]);
            LocalDate released = SqlValues.dateOf(q[3]);
            if (!released.isBefore(from)) {
                steps.add(new Step(account, new RegisterItem(LedgerSource.TREASURY.code(), reference + "/DEBLOCAGE", released, -amount,
                        "Déblocage du chèque " + reference)));
            }
            LocalDate ended = q[4] == null ? null : SqlValues.dateOf(q[4]);
            if (ended != null && q[6] != null && !ended.isBefore(from) && !ended.isAfter(to)) {
                steps.add(new Step(account, new RegisterItem(LedgerSource.REVERSAL.code(), "REV-" + SqlValues.longOf(q[5]), ended, amount,
                        "Annulation ou péremption du chèque " + reference)));
            }
        }
        return steps;
    }

    private Query query(String sql, String accountCode, LocalDate from, LocalDate to) {
        Query query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        return accountCode == null ? query : query.setParameter(3, accountCode);
    }
}
