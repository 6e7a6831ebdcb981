package sn.pmas.bankstatement;

/** Where a statement line stands: matched with the books, booked by a rule, ambiguous (to pick by hand) or not matched. */
public enum LineStatus {
    UNMATCHED("Non rapprochée"),
    AMBIGUOUS("Ambiguë : à choisir"),
    MATCHED("Rapprochée"),
    BOOKED("Comptabilisée par règle");

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
