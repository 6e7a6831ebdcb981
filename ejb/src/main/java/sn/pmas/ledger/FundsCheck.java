package sn.pmas.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sn.pmas.platform.Francs;

/**
 * Segregation of the principals' money (docs/working-funds.md), for every path into the ledger:
 * a posting may not take a principal's available funds below zero unless an administrator forces
 * it with a reason. The postings of one request are checked in order, each seeing the funds as
 * the earlier ones left them. The pool's remuneration charged to a principal (its commissions and
 * fees: the posting's other lines all credit income, class 7) pays nobody out of the fund: it is
 * owed whatever the funds, lowers them, and is never refused (a fund call restores them).
 */
final class FundsCheck {

    /** What a forced posting lacked on one principal's current account. */
    record Shortfall(long accountId, PrincipalFunds principal, long amount) {
    }

    /** SYCEBNL class 7: the pool's income (70521 commissions, 70522 fees). */
    private static final String INCOME_CLASS = "7";

    private final Map<Long, PrincipalFunds> principals;
    private final Map<Long, Long> available = new HashMap<>();
    private final boolean privileged;

    /**
     * @param principals the principals' current accounts the request touches, by account id
     * @param privileged whether the caller may force (role admin)
     */
    FundsCheck(Map<Long, PrincipalFunds> principals, boolean privileged) {
        this.principals = principals;
        this.privileged = privileged;
        principals.forEach((accountId, funds) -> available.put(accountId, funds.available()));
    }

    /** The principals' current accounts the request touches. */
    Set<Long> currentAccounts() {
        return principals.keySet();
    }

    /**
     * Takes the posting's movements on principals' current accounts into the funds, or refuses it.
     *
     * @param override an administrator's decision to go below zero, or null
     * @return what the posting lacked where it was forced (empty when the funds sufficed)
     */
    List<Shortfall> apply(ValidatedPosting posting, FundsOverride override) throws LedgerException {
        Map<Long, Long> movements = new LinkedHashMap<>();
        Map<Long, Integer> firstDebitLine = new HashMap<>();
        for (int i = 0; i < posting.lines().size(); i++) {
            ValidatedLine line = posting.lines().get(i);
            if (principals.containsKey(line.accountId())) {
                movements.merge(line.accountId(), line.credit() - line.debit(), Long::sum);
                if (line.debit() > 0) {
                    firstDebitLine.putIfAbsent(line.accountId(), i);
                }
            }
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        if (chargesThePoolsRemuneration(posting) || carriesBalancesForward(posting)) {
            movements.forEach((accountId, amount) -> available.merge(accountId, amount, Long::sum));
            return shortfalls;
        }
        for (Map.Entry<Long, Long> movement : movements.entrySet()) {
            long before = available.get(movement.getKey());
            long after = before + movement.getValue();
            if (movement.getValue() < 0 && after < 0) {
                PrincipalFunds principal = principals.get(movement.getKey());
                long lacking = Math.min(-movement.getValue(), -after);
                if (override == null) {
                    throw new LedgerException(Rejection.FUNDS_INSUFFICIENT, "lines[" + firstDebitLine.get(movement.getKey()) + "].debit",
                            "Fonds disponibles de " + principal.principalCode() + " insuffisants : " + Francs.amount(Math.max(before, 0))
                                    + " disponibles, l'écriture en prélève " + Francs.amount(-movement.getValue()) + " (manque "
                                    + Francs.amount(lacking) + "). Les fonds d'un mandant ne paient jamais pour un autre : appeler des "
                                    + "fonds, ou faire forcer l'écriture par un administrateur, motif à l'appui.");
                }
                if (!privileged) {
                    throw new LedgerException(Rejection.FUNDS_FORCE_NOT_ALLOWED, "forceReason",
                            "Seul un administrateur peut forcer une écriture au-delà des fonds disponibles de "
                                    + principal.principalCode() + " (manque " + Francs.amount(lacking) + ").");
                }
                shortfalls.add(new Shortfall(movement.getKey(), principal, lacking));
            }
        }
        movements.forEach((accountId, amount) -> available.merge(accountId, amount, Long::sum));
        return shortfalls;
    }

    /** The year-end's entries restate balances (a closed year's into the next): no money moves. */
    private static boolean carriesBalancesForward(ValidatedPosting posting) {
        return LedgerSource.YEAR_END.code().equals(posting.request().source());
    }

    private boolean chargesThePoolsRemuneration(ValidatedPosting posting) {
        List<ValidatedLine> others = posting.lines().stream().filter(line -> !principals.containsKey(line.accountId())).toList();
        return !others.isEmpty() && others.stream().allMatch(line -> line.credit() > 0 && line.accountCode().startsWith(INCOME_CLASS));
    }
}
