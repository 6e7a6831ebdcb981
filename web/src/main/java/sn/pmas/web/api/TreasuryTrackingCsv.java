package sn.pmas.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sn.pmas.currentaccount.TreasuryTracking;
import sn.pmas.currentaccount.TreasuryTrackingRow;
import sn.pmas.reporting.CsvDocument;

/** The treasury tracking table as CSV: a line per principal, then the totals line. */
final class TreasuryTrackingCsv {

    private static final List<String> HEADERS = List.of("Code", "Mandant", "Type", "Compte courant", "Solde d'ouverture",
            "Fonds reçus", "Sinistres imputés", "dont payés", "Commissions et honoraires", "Autres mouvements",
            "Solde de clôture", "Jours de couverture");

    private TreasuryTrackingCsv() {
    }

    static byte[] of(TreasuryTracking tracking) {
        List<List<?>> rows = new ArrayList<>();
        tracking.rows().forEach(row -> rows.add(cells(row)));
        rows.add(cells(tracking.totals()));
        return CsvDocument.of(HEADERS, rows);
    }

    private static List<?> cells(TreasuryTrackingRow row) {
        String type = row.principalType() == null ? null
                : row.principalType().equals("INSURER") ? "Compagnie" : "Usager en délégation";
        return Arrays.asList(row.principalCode(), row.principalName(), type, row.accountCode(), row.opening(),
                row.fundsReceived(), row.claimsCharged(), row.claimsPaid(), row.commissions(), row.otherMovements(),
                row.closing(), row.daysOfCover());
    }
}
