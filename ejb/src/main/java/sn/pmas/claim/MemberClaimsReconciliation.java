package sn.pmas.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.reconciliation.LedgerSide;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/** Members' claims validated and not yet reimbursed against 47122 (members are not parties: one account). */
@ApplicationScoped
public class MemberClaimsReconciliation implements ReconciledRegister {

    private static final String MEMBERS_TO_REIMBURSE = "47122";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "claims.members";
    }

    @Override
    public String title() {
        return "Remboursements à payer aux adhérents";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf(MEMBERS_TO_REIMBURSE);
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        return PayableClaims.toMembers(em, MEMBERS_TO_REIMBURSE).totals(from, to);
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return PayableClaims.toMembers(em, MEMBERS_TO_REIMBURSE).items(accountCode, from, to);
    }
}
