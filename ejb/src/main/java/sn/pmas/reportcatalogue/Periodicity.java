package sn.pmas.reportcatalogue;

/** How often a report is produced (manual §7.8's calendar), in French for the catalogue page. */
public enum Periodicity {

    ON_DEMAND("À la demande"),
    DAILY("Quotidienne"),
    MONTHLY("Mensuelle"),
    QUARTERLY("Trimestrielle"),
    ANNUAL("Annuelle");

    private final String label;

    Periodicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
