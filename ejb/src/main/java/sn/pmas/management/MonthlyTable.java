package sn.pmas.management;

import java.util.List;
import java.util.Optional;

/**
 * The three monthly tables of management control (§7.8), each with its seven figure columns, in the
 * order the JSON, the page, the PDF and the workbook show them.
 */
public enum MonthlyTable {

    PRODUCTION("production", "Tableau de production", "Primes émises (quittances : prime + accessoires + taxes)",
            List.of("Émis du mois", "Quittances du mois", "Émis même mois N-1", "Émis cumul annuel", "Quittances cumul",
                    "Émis cumul N-1", "Évolution du cumul")),
    COLLECTIONS("collections", "Tableau des encaissements", "Primes encaissées nettes des remboursements, commission de gestion prélevée",
            List.of("Encaissé du mois", "Commission du mois", "Encaissé même mois N-1", "Encaissé cumul annuel", "Commission cumul",
                    "Encaissé cumul N-1", "Évolution du cumul")),
    ARREARS("arrears", "Tableau d'évolution des arriérés", "Primes impayées à chaque fin de mois, par ancienneté depuis l'échéance",
            List.of("Non échu", "0 à 30 jours", "31 à 60 jours", "61 à 90 jours", "91 à 180 jours", "Plus de 180 jours", "Total impayé"));

    /** Every table has this many figure columns. */
    public static final int FIGURES = 7;

    private final String code;
    private final String title;
    private final String definition;
    private final List<String> headings;

    MonthlyTable(String code, String title, String definition, List<String> headings) {
        this.code = code;
        this.title = title;
        this.definition = definition;
        this.headings = headings;
    }

    /** As in URLs: production, collections, arrears. */
    public String code() {
        return code;
    }

    /** French title of the table and its documents. */
    public String title() {
        return title;
    }

    /** What its figures are, in a French sentence under the title. */
    public String definition() {
        return definition;
    }

    /** French headings of the figure columns. */
    public List<String> headings() {
        return headings;
    }

    public static Optional<MonthlyTable> fromCode(String code) {
        for (MonthlyTable table : values()) {
            if (table.code.equals(code)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
