package sn.pmas.workingfund;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * A source of money committed for principals: already charged to their current accounts, not yet
 * paid out. The working-fund position adds every source's amounts to show what the pool holds
 * for a principal and what of it is promised. The claims register is one source (validated claims
 * not yet paid); the treasury's held cheques will split that amount further when they exist.
 */
public interface Commitments {

    /** Amount committed for each of the principals at the end of {@code asOf}; principals without any may be absent. */
    Map<Long, Long> committedOn(Collection<Long> principalPartyIds, LocalDate asOf);
}
