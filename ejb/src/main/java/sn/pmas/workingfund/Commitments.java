package sn.pmas.workingfund;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * A source of money committed for principals: already charged to their current accounts, not yet
 * paid out. The working-fund position adds every source's amounts to show what the pool holds
 * for a principal and what of it is promised: validated claims not yet paid, split between the
 * claims register (claims in no cheque) and the treasury (claims in cheques prepared or held).
 */
public interface Commitments {

    /** Amount committed for each of the principals at the end of {@code asOf}; principals without any may be absent. */
    Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf);
}
