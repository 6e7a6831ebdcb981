package sn.pmas.workingfund;

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
 * The funds receipts register (what each principal put at the pool's disposal) against the
 * credits of the principals' current accounts booked from the SIG's receipts: the lines of SIG
 * entries facing the principals' bank 5211. Deposits entered by hand are "other movements" of the
 * current account (as in the fund call's état), not receipts of the register.
 */
@ApplicationScoped
public class FundsReceiptsReconciliation implements ReconciledRegister {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "funds.receipts";
    }

    @Override
    public String title() {
        return "Fonds reçus des mandants";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf("4581", "47121").bookedBy("SIG", "5211");
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        return ReconciledRegister.byAccount(em.createNativeQuery("SELECT a.code, SUM(r.amount) FROM funds_receipt r"
                        + " JOIN account a ON a.party_id = r.principal_party_id WHERE r.received_on >= ?1 AND r.received_on <= ?2 GROUP BY a.code")
                .setParameter(1, from).setParameter(2, to)
                .getResultList());
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return em.createNativeQuery("SELECT s.source_reference, r.received_on, r.amount FROM funds_receipt r"
                        + " JOIN account a ON a.party_id = r.principal_party_id JOIN sig_event s ON s.id = r.sig_event_id"
                        + " WHERE a.code = ?3 AND r.received_on >= ?1 AND r.received_on <= ?2")
                .setParameter(1, from).setParameter(2, to).setParameter(3, accountCode)
                .getResultList().stream().map(row -> {
                    Object[] cells = (Object[]) row;
                    return new RegisterItem("SIG", (String) cells[0], SqlValues.dateOf(cells[1]), SqlValues.longOf(cells[2]),
                            "Fonds reçus " + cells[0]);
                }).toList();
    }
}
