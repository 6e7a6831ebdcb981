package sn.pmas.workingfund;

import jakarta.enterprise.context.ApplicationScoped;
import sn.pmas.party.PartyType;

/** Delegating schemes' management fees on the funds they send against 70522. */
@ApplicationScoped
public class ManagementFeesReconciliation extends ManagementIncome {

    public ManagementFeesReconciliation() {
        super(PartyType.DELEGATING_SCHEME, "70522");
    }

    @Override
    public String code() {
        return "income.fees";
    }

    @Override
    public String title() {
        return "Honoraires de gestion des délégataires";
    }
}
