package sn.pmas.management;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The split of the pool's revenue per insurer (and per delegating scheme) over a fiscal year
 * (manual §7.8, "tableau de répartition"): the principals' lines, then the totals.
 */
public record RevenueSplit(int year, boolean closed, List<RevenueShare> shares, long commissions, long fees, long revenue) {

    public static final String TITLE = "Répartition du chiffre d'affaires par mandant";

    public RevenueSplit {
        shares = List.copyOf(shares);
    }

    public ManagementDocument document() {
        List<DocumentRow> rows = new ArrayList<>();
        for (RevenueShare share : shares) {
            rows.add(DocumentRow.of(share.principalName() + " (" + share.principal() + ")", share.commissions(), share.fees(),
                    share.revenue(), share.share()));
        }
        rows.add(DocumentRow.total("Total", commissions, fees, revenue, revenue == 0 ? null : new BigDecimal("100.00")));
        return new ManagementDocument(TITLE, "Pool Micro Assurance Santé (PMAS) — exercice " + year + " (" + DocumentTables.state(closed) + ")",
                null, List.of(new DocumentTable("Commissions et honoraires de gestion par mandant",
                List.of("Mandant", "Commissions de gestion", "Honoraires", "Chiffre d'affaires", "Part du total"), rows)));
    }
}
