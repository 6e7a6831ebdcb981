package sn.pmas.ledger;

import java.util.Collection;
import java.util.Map;

/**
 * Whose money an account holds, asked by the ledger before every posting: the principals'
 * current accounts, and what is available on them. Implemented by the working funds
 * ({@code sn.pmas.workingfund}), so that the ledger does not depend on them.
 */
public interface FundsGuard {

    /**
     * The principals' current accounts among {@code accountIds}, by account id, with the funds
     * available to each principal over every posting whatever its date. Each principal stays
     * locked until the transaction ends (locks taken in id order), so that two postings cannot
     * both spend the same money.
     */
    Map<Long, PrincipalFunds> lockFunds(Collection<Long> accountIds);

    /** An administrator took a principal's funds below zero: warn the pool (alert). */
    void forced(ForcedPosting posting);
}
