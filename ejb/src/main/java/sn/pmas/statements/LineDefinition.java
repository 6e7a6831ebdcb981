package sn.pmas.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of a statement as table fs_line defines it: nature D shows a debit balance as positive
 * (assets, charges), C a credit balance; a total is the sum of the lines its formula names
 * ({@code AB+AC}, {@code XA-XB}).
 */
public record LineDefinition(StatementKind statement, String code, String label, char nature, Kind kind, String totalOf,
                             boolean treasury) {

    public enum Kind { LINE, TOTAL, OPENING_CASH }

    /** The terms of a total: each line code with its sign. */
    List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        int sign = 1;
        StringBuilder code = new StringBuilder();
        for (char c : (totalOf + "+").toCharArray()) {
            if (c == '+' || c == '-') {
                if (!code.isEmpty()) {
                    terms.add(new Term(sign, code.toString().strip()));
                }
                code.setLength(0);
                sign = c == '+' ? 1 : -1;
            } else {
                code.append(c);
            }
        }
        return terms;
    }

    public boolean total() {
        return kind != Kind.LINE;
    }

    /** The amount an account's signed balance (positive in debit) brings to this line. */
    long shown(long signedBalance) {
        return nature == 'D' ? signedBalance : -signedBalance;
    }

    record Term(int sign, String code) {
    }
}
