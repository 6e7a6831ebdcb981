package sn.pmas.cheque;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which held cheques a bank account can release (docs/cheques.md): in release order — fiscal and
 * social by due date, providers by convention deadline, members, the rest; oldest first within a
 * rank — each while the available position covers it. A claim cheque of a principal in deficit
 * stays held whatever the bank holds (its claims would be paid with another principal's money).
 * Once the bank is short for a cheque, the cheques after it wait too: a smaller cheque further
 * down never takes the money a cheque ahead of it is waiting for. Pure: reads and writes nothing.
 */
public final class ReleasePlanner {

    /** Release order; a cheque without deadline comes after those with one in its rank. */
    public static final Comparator<HeldCheque> ORDER = Comparator
            .comparingInt((HeldCheque c) -> c.kind().releaseRank())
            .thenComparing(HeldCheque::latestReleaseOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HeldCheque::heldOn)
            .thenComparing(HeldCheque::reference);

    private ReleasePlanner() {
    }

    /**
     * @param principalBalances current-account balance of each principal of the cheques, by code
     *                          (negative: in deficit)
     */
    public static ReleasePlan plan(BankPosition position, List<HeldCheque> held, Map<String, Long> principalBalances) {
        List<HeldCheque> ordered = held.stream().sorted(ORDER).toList();
        List<HeldCheque> release = new ArrayList<>();
        List<StaysHeld> stay = new ArrayList<>();
        long remaining = position.available();
        long waiting = 0;
        for (HeldCheque cheque : ordered) {
            if (cheque.kind().paysClaims()) {
                long balance = principalBalances.getOrDefault(cheque.principalCode(), 0L);
                if (balance < 0) {
                    stay.add(new StaysHeld(cheque, StaysHeld.Reason.PRINCIPAL_SHORT, -balance));
                    continue;
                }
            }
            if (waiting == 0 && cheque.amount() <= remaining) {
                release.add(cheque);
                remaining -= cheque.amount();
            } else {
                waiting += cheque.amount();
                stay.add(new StaysHeld(cheque, StaysHeld.Reason.BANK_SHORT, waiting - Math.max(remaining, 0)));
            }
        }
        return new ReleasePlan(position, release, stay, remaining);
    }
}
