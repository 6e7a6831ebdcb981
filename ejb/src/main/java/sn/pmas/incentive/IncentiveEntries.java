package sn.pmas.incentive;

import jakarta.ejb.Stateless;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;
import sn.pmas.ledger.LedgerSource;

/**
 * The incentive owns its entries: a confirmed year is final (its cheque is already with the
 * treasury and the Ministry informed), so its entry is not reversed by hand; a correction is the
 * accountant's own entry on 652 / 4019, explained to the Ministry.
 */
@Stateless
public class IncentiveEntries implements EntryOwner {

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!LedgerSource.INCENTIVE.code().equals(source)) {
            return Optional.empty();
        }
        return Optional.of("Intéressement des prestataires confirmé (" + sourceReference + ") : il ne s'extourne pas ; "
                + "une correction se passe par une écriture manuelle sur 652 / 4019, expliquée au Ministère de la Santé.");
    }
}
