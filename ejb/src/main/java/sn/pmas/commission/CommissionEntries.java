package sn.pmas.commission;

import jakarta.ejb.Stateless;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;
import sn.pmas.ledger.LedgerSource;

/**
 * The commissions own their runs' entries: reversing one directly would leave the run, its
 * collections and its cheques in the register while the ledger owes nothing (the payables pair
 * would no longer tie). A confirmed run stands; what it got wrong is set right by the next run.
 */
@Stateless
public class CommissionEntries implements EntryOwner {

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!LedgerSource.COMMISSION.code().equals(source)) {
            return Optional.empty();
        }
        return Optional.of("Arrêté de commissions " + sourceReference + " : un arrêté confirmé ne s'extourne pas ; un encaissement "
                + "remboursé ou enregistré après lui se régularise à l'arrêté du trimestre suivant (docs/commissions.md).");
    }
}
