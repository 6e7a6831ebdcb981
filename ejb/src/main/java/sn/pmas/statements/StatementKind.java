package sn.pmas.statements;

/** The three statements, as their lines and mapping rules name them. */
public enum StatementKind {
    BILAN("Bilan"),
    CR("Compte de résultat"),
    TFT("Tableau des flux de trésorerie");

    private final String title;

    StatementKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Bilan and compte de résultat rules together place every account of classes 1 to 8 once. */
    boolean placesBalances() {
        return this != TFT;
    }
}
