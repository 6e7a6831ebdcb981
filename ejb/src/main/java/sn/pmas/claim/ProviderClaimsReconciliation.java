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

/** Claims validated and not yet paid to providers against the providers' accounts (4011.X). */
@ApplicationScoped
public class ProviderClaimsReconciliation implements ReconciledRegister {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "claims.providers";
    }

    @Override
    public String title() {
        return "Sinistres à payer aux prestataires (tiers payant)";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf("4011");
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        return PayableClaims.toProviders(em).totals(from, to);
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        return PayableClaims.toProviders(em).items(accountCode, from, to);
    }
}
