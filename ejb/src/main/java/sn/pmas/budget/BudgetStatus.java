package sn.pmas.budget;

/** A budget is edited while a draft; once approved it is the year's reference and no longer changes. */
public enum BudgetStatus {
    DRAFT("Projet"),
    APPROVED("Approuvé");

    private final String label;

    BudgetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
