package sn.pmas.fiscalcalendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * The fiscal calendar's occurrences paid by cheque against what the treasury posted to their
 * accounts (docs/reconciliation.md, {@code fiscal.cheques}): on the ledger side, the lines of the
 * treasury's entries on the accounts the obligations take their amounts from (4471, 4472, 431,
 * 432…) — the releases of their cheques, nothing else of the treasury touches them; on the register
 * side, for each cheque ever written for an occurrence and released in the span, the amount the
 * calendar says it paid: the occurrence's declared amount while the occurrence is paid by it, the
 * cheque's own amount once voided or stale (the release stays posted, undone by a reversal, an
 * entry of another source). An occurrence whose amount, status or cheque is altered behind the
 * application, or a cheque released on those accounts that no occurrence knows, is a difference.
 */
@ApplicationScoped
public class ObligationChequesReconciliation implements ReconciledRegister {

    private static final String RELEASE_SUFFIX = "/DEBLOCAGE";
    private static final String ROWS = "SELECT v.account_code, pa.code, q.reference, q.released_on, q.status, q.amount, o.amount, "
            + "o.status, o.cheque_id, q.id, ob.name, o.period_start, o.period_end FROM tax_occurrence_cheque l "
            + "JOIN cheque q ON q.id = l.cheque_id JOIN tax_occurrence o ON o.id = l.occurrence_id "
            + "JOIN tax_obligation_version v ON v.id = o.version_id JOIN tax_obligation ob ON ob.id = o.obligation_id "
            + "JOIN account pa ON pa.id = q.payable_account_id WHERE q.released_on >= ?1 AND q.released_on <= ?2 ORDER BY q.released_on, q.id";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "fiscal.cheques";
    }

    @Override
    public String title() {
        return "Échéances fiscales et sociales payées par chèque";
    }

    @Override
    public LedgerSide ledgerSide() {
        List<String> accounts = em.createNativeQuery("SELECT DISTINCT account_code FROM tax_obligation_version WHERE account_code IS NOT NULL "
                + "ORDER BY account_code").getResultList().stream().map(String.class::cast).toList();
        return LedgerSide.yearToDateOf(accounts.toArray(String[]::new)).bookedBy(LedgerSource.TREASURY.code(), null);
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        Map<String, Long> totals = new HashMap<>();
        for (Payment payment : payments(from, to)) {
            totals.merge(payment.account(), payment.item().amount(), Long::sum);
        }
        return totals;
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return payments(from, to).stream().filter(payment -> payment.account().equals(accountCode)).map(Payment::item).toList();
    }

    /** A payment by cheque and the account it should have debited. */
    private record Payment(String account, RegisterItem item) {
    }

    private List<Payment> payments(LocalDate from, LocalDate to) {
        List<Payment> payments = new ArrayList<>();
        for (Object row : em.createNativeQuery(ROWS).setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] cells = (Object[]) row;
            String reference = (String) cells[2];
            boolean live = !"VOIDED".equals(cells[4]) && !"STALE".equals(cells[4]);
            boolean paidByIt = "PAID".equals(cells[7]) && cells[8] != null && SqlValues.longOf(cells[8]) == SqlValues.longOf(cells[9]);
            long paid = live ? (paidByIt ? SqlValues.longOf(cells[6]) : 0) : SqlValues.longOf(cells[5]);
            String what = cells[10] + " (" + ObligationPeriod.label(SqlValues.dateOf(cells[11]), SqlValues.dateOf(cells[12])) + ")";
            payments.add(new Payment(live ? (String) cells[0] : (String) cells[1], new RegisterItem(LedgerSource.TREASURY.code(),
                    reference + RELEASE_SUFFIX, SqlValues.dateOf(cells[3]), -paid, "Chèque " + reference + " : " + what
                    + (live ? "" : ", déblocage annulé depuis"))));
        }
        return payments;
    }
}
