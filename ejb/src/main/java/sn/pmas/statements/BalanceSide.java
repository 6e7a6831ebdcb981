package sn.pmas.statements;

/**
 * The side a mapping rule applies to: a balance in debit or in credit (bilan, compte de
 * résultat), or, for the TFT, a counterpart's debits (money out) or credits (money in).
 */
public enum BalanceSide {
    ANY("solde débiteur ou créditeur"),
    DEBIT("solde débiteur"),
    CREDIT("solde créditeur");

    private final String label;

    BalanceSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean covers(BalanceSide side) {
        return this == ANY || this == side;
    }

    boolean meets(BalanceSide other) {
        return this == ANY || other == ANY || this == other;
    }
}
