package sn.pmas.management;

import java.util.ArrayList;
import java.util.List;

/**
 * What the pool sends a delegating scheme after year end (manual §1.3): its current account over
 * the year, closed, and the detailed statistics of its claims (docs/management-reports.md).
 */
public record SchemePackage(String scheme, String schemeName, int year, boolean closed, CurrentAccountSummary currentAccount,
                            ClaimFigures claims) {

    public static final String TITLE = "Comptes et statistiques annuels du mandant";

    public ManagementDocument document() {
        List<DocumentTable> tables = new ArrayList<>();
        tables.add(DocumentTables.currentAccount("Compte courant de l'exercice " + year, currentAccount));
        tables.addAll(DocumentTables.statistics(claims));
        return new ManagementDocument(TITLE, "Pool Micro Assurance Santé (PMAS) — " + schemeName + " (" + scheme + ") — exercice " + year
                + " (" + (closed ? "exercice clôturé" : "périodes non clôturées : chiffres provisoires") + ")", null, tables);
    }
}
