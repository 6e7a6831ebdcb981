package sn.pmas.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.party.ConventionType;
import sn.pmas.platform.Francs;

/**
 * The rows the incentive's BIRT documents print, written from a booked table: the remittance
 * slip's establishments and each ranked provider's explanation letter, in French.
 */
public final class IncentiveDocuments {

    private IncentiveDocuments() {
    }

    /** The establishments paid, hospitals first, each by rank. */
    public static List<IncentiveSlipRow> slip(IncentiveTable table) {
        List<IncentiveSlipRow> rows = new ArrayList<>();
        for (IncentiveRow row : table.rows()) {
            if (row.share() > 0) {
                rows.add(new IncentiveSlipRow(rows.size() + 1, IncentiveWorkbook.label(row.category()), row.code(), row.name(),
                        row.rank(), row.share()));
            }
        }
        return rows;
    }

    /** The letters of every ranked provider, or of one ({@code providerCode} not null). */
    public static List<IncentiveLetterLine> letters(IncentiveTable table, String providerCode) {
        List<IncentiveLetterLine> lines = new ArrayList<>();
        for (IncentiveRow row : table.rows()) {
            if (providerCode == null || providerCode.equals(row.code())) {
                letter(table, row).forEach(paragraph -> lines.add(new IncentiveLetterLine(row.code(), paragraph)));
            }
        }
        return lines;
    }

    private static List<String> letter(IncentiveTable table, IncentiveRow row) {
        IncentiveTerms terms = table.terms();
        boolean hospital = row.category() == ConventionType.HOSPITAL;
        List<IncentiveRow> ranking = table.of(row.category());
        long categoryAmount = hospital ? table.hospitalAmount() : table.otherAmount();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("À l'attention de la direction de " + row.name() + " (" + row.code() + "), "
                + (hospital ? "hôpital public" : "établissement public de santé") + ".");
        paragraphs.add("Objet : intéressement des prestataires publics de l'exercice " + table.year()
                + " (convention cadre avec le Ministère de la Santé, manuel de procédures §7.6.2).");
        paragraphs.add("L'excédent net d'exploitation de l'exercice, après report des pertes antérieures, s'élève à "
                + Francs.amount(table.base()) + ". " + percent(terms.surplusRate()) + " en sont répartis, soit "
                + Francs.amount(table.poolAmount()) + ", dont " + percent(hospital ? terms.hospitalPart() : BigDecimal.ONE.subtract(terms.hospitalPart()))
                + " aux " + (hospital ? "hôpitaux" : "autres établissements publics") + " : " + Francs.amount(categoryAmount) + ".");
        paragraphs.add("Vos indicateurs pour les soins de " + table.year() + " : " + row.invoices() + " facture(s), dont "
                + row.invoicesOnTime() + " reçue(s) dans les " + terms.deadlineDays() + " jours suivant la fin du mois de soins ("
                + percent(row.onTimeRate()) + ") ; " + Francs.amount(row.rejectedAmount()) + " rejetés sur "
                + Francs.amount(row.claimedAmount() + row.rejectedAmount()) + " facturés (taux de rejet " + percent(row.rejectionRate())
                + ") ; " + row.directRequests() + " demande(s) de remboursement direct d'adhérents soignés chez vous hors tiers payant ("
                + percent(row.directRate()) + ").");
        paragraphs.add("Votre score est de " + row.scorePoints() + " points sur 10 000 (pondérations : respect des délais "
                + percent(terms.deadlineWeight()) + ", taux de rejet " + percent(terms.rejectionWeight()) + ", remboursements directs "
                + percent(terms.directWeight()) + "). Votre rang est " + row.rank() + " sur " + ranking.size() + " ; les rangs 1 à "
                + Ranking.cut(ranking.size()) + " (la moitié la mieux classée, ex aequo compris) reçoivent une part, répartie "
                + terms.shareRule().label().toLowerCase() + ".");
        paragraphs.add(row.share() > 0
                ? "Votre part s'élève à " + Francs.amount(row.share()) + ". Elle est versée au Ministère de la Santé, qui la reverse à votre établissement."
                : "Votre établissement ne figure pas dans la moitié la mieux classée cette année : il ne reçoit pas de part. "
                + "Des factures transmises dans les délais et conformes, et l'accueil des adhérents en tiers payant, améliorent le score.");
        paragraphs.add("Le tableau de répartition complet est tenu à votre disposition. Veuillez agréer nos salutations distinguées. — La direction du PMAS");
        return paragraphs;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                .replace('.', ',') + " %";
    }
}
