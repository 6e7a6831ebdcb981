package sn.pmas.yearend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.PostingLine;

/**
 * Cuts signed balances into entry line sets the ledger takes (at most 500 lines each), each
 * balanced by one line on a balancing account: the year-end restates hundreds of auxiliary
 * accounts at once. Pure.
 */
final class EntrySplit {

    /** The ledger's limit (PostingRules), one line left for the balancing line. */
    static final int MAX_LINES = 500;

    private EntrySplit() {
    }

    /**
     * One line per non-zero balance, on the side the balance says ({@code reverse}: on the other
     * side, to bring the account to zero), cut into entries balanced on {@code balancingAccount}.
     *
     * @param balances signed balances by account code, positive = debit, in the order wanted
     */
    static List<List<PostingLine>> lines(Map<String, Long> balances, boolean reverse, String balancingAccount, String label) {
        List<List<PostingLine>> entries = new ArrayList<>();
        List<PostingLine> current = new ArrayList<>();
        long net = 0;
        for (Map.Entry<String, Long> balance : balances.entrySet()) {
            long amount = reverse ? -balance.getValue() : balance.getValue();
            if (amount == 0) {
                continue;
            }
            current.add(line(balance.getKey(), amount, label));
            net += amount;
            if (current.size() == MAX_LINES - 1) {
                entries.add(balanced(current, net, balancingAccount, label));
                current = new ArrayList<>();
                net = 0;
            }
        }
        if (!current.isEmpty()) {
            entries.add(balanced(current, net, balancingAccount, label));
        }
        return entries;
    }

    private static List<PostingLine> balanced(List<PostingLine> lines, long net, String balancingAccount, String label) {
        if (net != 0) {
            lines.add(line(balancingAccount, -net, label));
        }
        return List.copyOf(lines);
    }

    private static PostingLine line(String account, long signed, String label) {
        return signed > 0 ? PostingLine.debit(account, signed, label) : PostingLine.credit(account, -signed, label);
    }
}
