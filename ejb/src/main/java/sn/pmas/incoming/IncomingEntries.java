package sn.pmas.incoming;

import jakarta.ejb.Stateless;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;

/**
 * The register of incoming cheques owns the entries of its cheques and slips: a receipt is undone
 * by returning the cheque unpaid (which reverses it), never by reversing its entry directly.
 */
@Stateless
public class IncomingEntries implements EntryOwner {

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!IncomingPostings.SOURCE.equals(source) || sourceReference == null
                || !(sourceReference.startsWith(IncomingCheque.PREFIX) || sourceReference.startsWith(DepositSlip.PREFIX))) {
            return Optional.empty();
        }
        String item = sourceReference.substring(0, sourceReference.lastIndexOf('/') < 0 ? sourceReference.length() : sourceReference.lastIndexOf('/'));
        return Optional.of("Chèque reçu ou remise " + item + " : déclarer le chèque impayé depuis le registre des chèques reçus "
                + "(POST /api/incoming-cheques/{référence}/returned avec le motif).");
    }
}
