package sn.pmas.cheque;

import jakarta.ejb.Stateless;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;
import sn.pmas.ledger.LedgerSource;

/**
 * The treasury owns the entries of its cheques (release, cashing): a released cheque is undone by
 * voiding it, which reverses its release and makes its claims payable again, so the cheque register
 * and the ledger never disagree.
 */
@Stateless
public class ChequeEntries implements EntryOwner {

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!ChequePostings.SOURCE.equals(source) || sourceReference == null
                || !(sourceReference.endsWith(ChequePostings.RELEASE_SUFFIX) || sourceReference.endsWith(ChequePostings.CASHING_SUFFIX))) {
            return Optional.empty();
        }
        String cheque = sourceReference.substring(0, sourceReference.lastIndexOf('/'));
        return Optional.of("Chèque " + cheque + " : l'annuler depuis le registre des chèques (page Chèques, ou POST /api/cheques/"
                + cheque + "/voided avec le motif).");
    }
}
