package sn.pmas.yearend;

import jakarta.ejb.Stateless;
import java.util.Optional;
import sn.pmas.ledger.EntryOwner;
import sn.pmas.ledger.LedgerSource;

/**
 * The year-end owns its entries: the closing and AN entries are undone only by reopening the year
 * (which reverses them all, together), so that the year's lock and its books never disagree.
 */
@Stateless
public class YearEndEntries implements EntryOwner {

    @Override
    public Optional<String> undoneBy(String source, String sourceReference) {
        if (!LedgerSource.YEAR_END.code().equals(source)) {
            return Optional.empty();
        }
        if (sourceReference.startsWith("AFFECTATION-")) {
            return Optional.of("Affectation du résultat approuvée par l'assemblée générale : la corriger par une nouvelle écriture.");
        }
        return Optional.of("Écriture de clôture d'exercice (" + sourceReference + ") : rouvrir l'exercice "
                + "(administrateur, motif obligatoire, POST /api/fiscal-years/{year}/closing/reopen), ce qui extourne la clôture et les à-nouveaux.");
    }
}
