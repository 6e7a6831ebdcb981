package sn.pmas.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sn.pmas.budget.Variance;
import sn.pmas.platform.Francs;

/**
 * A line of the dashboard report (BIRT's scripted data set reads these): a section's title
 * ({@code kind} S), its column headings (H) or one of its rows (R), with up to five figures already
 * written as the page writes them; the first line carries the title and the three charts (PNGs).
 */
public record DashboardLine(String kind, String label, List<String> figures, String title, byte[] treasuryChart, byte[] coverChart,
                            byte[] arrearsChart) {

    private static final int FIGURES = 5;

    public static List<DashboardLine> of(Dashboard dashboard) {
        List<String[]> rows = new ArrayList<>();
        section(rows, "Trésorerie par compte bancaire", "Compte", "Solde comptable", "Disponible", "Position nette", "Projeté à 30 j",
                "Plus bas sur 30 j");
        dashboard.treasury().forEach(t -> rows.add(row(t.bankAccount() + " — " + t.bankName(), francs(t.bookBalance()), francs(t.available()),
                francs(t.net()), francs(t.projected()), francs(t.lowest()))));
        section(rows, "Couverture des fonds de roulement", "Mandant", "Disponible", "Jours de couverture", "Plancher (jours)",
                "Plancher (F)", "Sous le plancher");
        dashboard.cover().forEach(c -> rows.add(row(c.principalCode() + " — " + c.principalName(), francs(c.available()), text(c.daysOfCover()),
                text(c.floorDays()), c.floorAmount() == null ? "—" : francs(c.floorAmount()), c.belowFloor() ? "OUI" : "non")));
        section(rows, "Chèques bloqués", "Compte", "Nombre", "Montant", "Plus ancien (jours)", "Âge moyen (jours)", "");
        dashboard.heldCheques().forEach(h -> rows.add(row(h.bankAccount(), Long.toString(h.count()), francs(h.amount()),
                Long.toString(h.oldestDays()), Long.toString(h.averageDays()), "")));
        section(rows, "Arriérés de primes par ancienneté", "Ancienneté", "Quittances", "Impayé", "", "", "");
        dashboard.arrears().buckets().forEach(b -> rows.add(row(b.label(), Long.toString(b.count()), francs(b.unpaid()), "", "", "")));
        rows.add(row("Total impayé", Long.toString(dashboard.arrears().count()), francs(dashboard.arrears().unpaid()), "", "", ""));
        Dashboard.Budget budget = dashboard.budget();
        section(rows, "Budget et réalisé, cumul à fin " + budget.month() + (budget.status() == null ? " (aucun budget)" : ""), "",
                "Budget", "Réalisé", "Écart", "Écart %", "");
        rows.add(variance("Charges", budget.charges()));
        rows.add(variance("Produits", budget.products()));
        rows.add(variance("Résultat", budget.result()));
        section(rows, "Commissions et honoraires de gestion acquis depuis le 1er janvier", "Compte", "Acquis", "", "", "", "");
        dashboard.income().accounts().forEach(e -> rows.add(row(e.accountCode() + " " + e.accountName(), francs(e.earned()), "", "", "", "")));
        rows.add(row("Total", francs(dashboard.income().total()), "", "", "", ""));
        section(rows, "Alertes ouvertes : " + dashboard.alerts().count() + " (" + francs(dashboard.alerts().amount()) + ")", "Mandant",
                "Type", "Levée le", "Montant", "Motif", "");
        dashboard.alerts().latest().forEach(a -> rows.add(row(a.principalCode(), a.type(), a.raisedOn().toString(), francs(a.amount()),
                a.message(), "")));
        String title = "Tableau de bord de la direction au " + dashboard.asOf();
        List<DashboardLine> lines = new ArrayList<>();
        for (String[] row : rows) {
            boolean first = lines.isEmpty();
            lines.add(new DashboardLine(row[0], row[1], List.of(row).subList(2, 2 + FIGURES), title,
                    first ? dashboard.treasuryChart().png() : null, first ? dashboard.coverChart().png() : null,
                    first ? dashboard.arrearsChart().png() : null));
        }
        return lines;
    }

    public String figure(int index) {
        return figures.get(index);
    }

    private static void section(List<String[]> rows, String section, String label, String... figures) {
        rows.add(new String[] {"S", section, "", "", "", "", ""});
        rows.add(new String[] {"H", label, figures[0], figures[1], figures[2], figures[3], figures[4]});
    }

    private static String[] row(String label, String... figures) {
        return new String[] {"R", label, figures[0], figures[1], figures[2], figures[3], figures[4]};
    }

    private static String[] variance(String label, Variance variance) {
        return row(label, francs(variance.budget()), francs(variance.actual()), francs(variance.amount()),
                variance.percent() == null ? "—" : variance.percent().toPlainString().replace('.', ',') + " %", "");
    }

    private static String francs(long amount) {
        return Francs.format(amount);
    }

    private static String text(Integer value) {
        return value == null ? "—" : String.format(Locale.FRENCH, "%d", value);
    }
}
