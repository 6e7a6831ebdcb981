package sn.pmas.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The reference data a posting is checked against: accounts, periods, journals. */
public interface PostingReferences {

    /** The known accounts among {@code codes}, by code; unknown codes are simply absent. */
    Map<String, AccountRef> accounts(Collection<String> codes);

    Optional<PeriodRef> periodOn(LocalDate date);

    boolean journalExists(String journalCode);
}
