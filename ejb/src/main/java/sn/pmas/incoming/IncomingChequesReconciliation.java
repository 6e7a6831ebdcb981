package sn.pmas.incoming;

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
 * Incoming cheques against 513 (received, not deposited) and 514 (deposited, not credited by the
 * bank), every line of both: each step of each cheque names the entry that should carry it.
 */
@ApplicationScoped
public class IncomingChequesReconciliation implements ReconciledRegister {

    private static final String ROWS = "SELECT q.id, q.amount, q.received_on, s.id, s.deposited_on, q.cleared_on, q.returned_on, "
            + "q.receipt_entry_id, q.return_entry_id FROM incoming_cheque q LEFT JOIN deposit_slip s ON s.id = q.deposit_slip_id "
            + "WHERE q.received_on <= ?2 AND (q.received_on >= ?1 OR s.deposited_on >= ?1 OR q.cleared_on >= ?1 OR q.returned_on >= ?1)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "cheques.incoming";
    }

    @Override
    public String title() {
        return "Chèques reçus à encaisser et remis à l'encaissement";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf(IncomingPostings.CHEQUES_TO_CASH, IncomingPostings.CHEQUES_AT_BANK);
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        Map<String, Long> totals = new HashMap<>();
        for (Step step : steps(from, to)) {
            totals.merge(step.account(), step.item().amount(), Long::sum);
        }
        return totals;
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return steps(from, to).stream().filter(step -> step.account().equals(accountCode)).map(Step::item).toList();
    }

    /** A step of a cheque and the account (513 or 514) it moves, credit-positive. */
    private record Step(String account, RegisterItem item) {
    }

    private List<Step> steps(LocalDate from, LocalDate to) {
        List<Step> steps = new ArrayList<>();
        Query query = em.createNativeQuery(ROWS).setParameter(1, from).setParameter(2, to);
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            String cheque = IncomingCheque.referenceOf(SqlValues.longOf(c[0]));
            long amount = SqlValues.longOf(c[1]);
            LocalDate received = SqlValues.dateOf(c[2]);
            String slip = c[3] == null ? null : DepositSlip.referenceOf(SqlValues.longOf(c[3]));
            LocalDate deposited = c[4] == null ? null : SqlValues.dateOf(c[4]);
            LocalDate cleared = c[5] == null ? null : SqlValues.dateOf(c[5]);
            LocalDate returned = c[6] == null ? null : SqlValues.dateOf(c[6]);
            String source = IncomingPostings.SOURCE;
            add(steps, from, to, received, IncomingPostings.CHEQUES_TO_CASH, source, cheque + IncomingPostings.RECEIPT_SUFFIX, -amount,
                    "Réception du chèque " + cheque);
            if (deposited != null) {
                String key = slip + IncomingPostings.DEPOSIT_SUFFIX;
                add(steps, from, to, deposited, IncomingPostings.CHEQUES_TO_CASH, source, key, amount, "Remise " + slip + " : chèque " + cheque);
                add(steps, from, to, deposited, IncomingPostings.CHEQUES_AT_BANK, source, key, -amount, "Remise " + slip + " : chèque " + cheque);
            }
            if (cleared != null) {
                add(steps, from, to, cleared, IncomingPostings.CHEQUES_AT_BANK, source, slip + IncomingPostings.CLEARING_SUFFIX, amount,
                        "Crédit de la remise " + slip + " : chèque " + cheque);
            }
            if (returned != null) {
                if (c[8] != null) {
                    String key = cheque + IncomingPostings.RETURN_SUFFIX;
                    add(steps, from, to, returned, IncomingPostings.CHEQUES_TO_CASH, source, key, -amount, "Retour impayé du chèque " + cheque);
                    add(steps, from, to, returned, IncomingPostings.CHEQUES_AT_BANK, source, key, amount, "Retour impayé du chèque " + cheque);
                }
                add(steps, from, to, returned, IncomingPostings.CHEQUES_TO_CASH, LedgerSource.REVERSAL.code(), "REV-" + SqlValues.longOf(c[7]),
                        amount, "Extourne de la réception du chèque impayé " + cheque);
            }
        }
        return steps;
    }

    private static void add(List<Step> steps, LocalDate from, LocalDate to, LocalDate on, String account, String source, String reference,
                            long amount, String label) {
        if (!on.isBefore(from) && !on.isAfter(to)) {
            steps.add(new Step(account, new RegisterItem(source, reference, on, amount, label)));
        }
    }
}
