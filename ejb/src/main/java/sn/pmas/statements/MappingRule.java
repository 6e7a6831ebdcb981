package sn.pmas.statements;

/**
 * Accounts whose code starts with a prefix between {@code from} and {@code to} (same length),
 * on a side, go to line {@code line} of {@code statement} (table fs_mapping_rule).
 */
public record MappingRule(StatementKind statement, String from, String to, BalanceSide side, String line) {

    boolean covers(String accountCode, BalanceSide balance) {
        if (!side.covers(balance) || accountCode.length() < from.length()) {
            return false;
        }
        String prefix = accountCode.substring(0, from.length());
        return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
    }

    /** Some account code falls in both ranges, on a side both apply to. */
    boolean overlaps(MappingRule other) {
        if (!side.meets(other.side)) {
            return false;
        }
        int length = Math.min(from.length(), other.from.length());
        String lowA = from.substring(0, length);
        String highA = to.substring(0, length);
        String lowB = other.from.substring(0, length);
        String highB = other.to.substring(0, length);
        return lowA.compareTo(highB) <= 0 && lowB.compareTo(highA) <= 0;
    }

    /** How the accountant reads it: "TFT 440-499 (solde créditeur) → FE". */
    public String describe() {
        return statement + " " + (from.equals(to) ? from : from + "-" + to) + " (" + side.label() + ") → " + line;
    }
}
