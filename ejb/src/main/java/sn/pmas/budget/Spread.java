package sn.pmas.budget;

/** How a prepared budget spreads an account's year over its months (docs/budget.md). */
public enum Spread {
    /** Twelve equal parts, the francs left over to the first months. */
    EVEN("Réparti également sur les 12 mois"),
    /** In proportion to what the account moved each month of the year before. */
    PROFILE("Selon le profil mensuel de l'année précédente");

    private final String label;

    Spread(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
