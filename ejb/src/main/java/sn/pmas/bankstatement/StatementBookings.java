package sn.pmas.bankstatement;

import jakarta.ejb.Stateless;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;
import sn.pmas.ledger.LedgerSource;

/**
 * The bank statements own the entries their booking rules post (charges, interest): such an entry
 * is undone by unmatching its statement line, which reverses it and leaves the line to be matched
 * again, so that the statement and the books never disagree.
 */
@Stateless
public class StatementBookings implements EntryOwner {

    private static final String PREFIX = "RELEVE/";

    /** The source reference of the entry booking a statement line: one line, one booking. */
    static String reference(String bankCode, long lineId) {
        return PREFIX + bankCode + "/" + lineId;
    }

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!LedgerSource.TREASURY.code().equals(source) || sourceReference == null || !sourceReference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String lineId = sourceReference.substring(sourceReference.lastIndexOf('/') + 1);
        return Optional.of("Ligne de relevé n° " + lineId + " comptabilisée par une règle de rapprochement : annuler son rapprochement "
                + "(page Relevés bancaires, ou POST /api/bank-statements/lines/" + lineId + "/unmatch), ce qui extourne l'écriture.");
    }
}
