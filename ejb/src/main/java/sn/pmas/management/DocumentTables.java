package sn.pmas.management;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The tables several management documents share: a current account over a span, and claims statistics. */
final class DocumentTables {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final List<String> CLAIM_HEADINGS = List.of("Sinistres", "Montant", "Réglé à la fin de la période");

    private DocumentTables() {
    }

    static DocumentTable currentAccount(String title, CurrentAccountSummary account) {
        List<DocumentRow> rows = new ArrayList<>();
        rows.add(DocumentRow.of("Solde d'ouverture au " + DAY.format(account.from()), account.opening()));
        rows.add(DocumentRow.of("Fonds reçus", account.fundsReceived()));
        rows.add(DocumentRow.of("Sinistres des prestataires (tiers payant)", account.providerClaims()));
        rows.add(DocumentRow.of("Sinistres remboursés aux adhérents", account.memberClaims()));
        rows.add(DocumentRow.of("Sinistres annulés avant paiement", account.cancelledClaims()));
        rows.add(DocumentRow.of("Commissions de gestion", account.commissions()));
        rows.add(DocumentRow.of("Honoraires de gestion", account.fees()));
        rows.add(DocumentRow.of("Autres mouvements", account.other()));
        rows.add(DocumentRow.total("Solde de clôture au " + DAY.format(account.to()), account.closing()));
        return new DocumentTable(title, List.of("Mouvement (en faveur du mandant : +)", "Montant"), rows);
    }

    static DocumentTable claims(String title, String lineHeading, List<ClaimLine> lines, ClaimLine total) {
        List<DocumentRow> rows = new ArrayList<>();
        for (ClaimLine line : lines) {
            rows.add(DocumentRow.of(line.label(), line.claims(), line.amount(), line.paid()));
        }
        if (total != null) {
            rows.add(DocumentRow.total(total.label(), total.claims(), total.amount(), total.paid()));
        }
        List<String> headings = new ArrayList<>(List.of(lineHeading));
        headings.addAll(CLAIM_HEADINGS);
        return new DocumentTable(title, headings, rows);
    }

    /** The statistical report's tables: by category, by provider, by contract, by member file. */
    static List<DocumentTable> statistics(ClaimFigures claims) {
        ClaimLine members = claims.byMember().stream().reduce(new ClaimLine("Total", 0, 0, 0),
                (sum, line) -> sum.plus(line.claims(), line.amount(), line.paid()));
        return List.of(
                claims("Synthèse analytique des sinistres par catégorie de prestataire", "Catégorie", claims.byCategory(), claims.total()),
                claims("Sinistres par prestataire", "Prestataire", claims.byProvider(), claims.total()),
                claims("Détail par contrat", "Contrat", claims.byContract(), claims.total()),
                claims("Détail par dossier adhérent (remboursements directs)", "Adhérent", claims.byMember(), members));
    }

    static String state(boolean closed) {
        return closed ? "périodes clôturées" : "périodes non clôturées : chiffres provisoires";
    }
}
