package sn.pmas.workingfund;

import jakarta.enterprise.context.ApplicationScoped;
import sn.pmas.party.PartyType;

/** Insurers' management commissions (and fees, where their agreement takes them on funds) against 70521. */
@ApplicationScoped
public class ManagementCommissionsReconciliation extends ManagementIncome {

    public ManagementCommissionsReconciliation() {
        super(PartyType.INSURER, "70521");
    }

    @Override
    public String code() {
        return "income.commissions";
    }

    @Override
    public String title() {
        return "Commissions de gestion des compagnies";
    }
}
