package sn.pmas.management;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly consolidation package of an insurer (liasse de consolidation, manual §7.8):
 * its current account over the quarter, its premiums, its claims by provider category and by
 * contract, the loss ratio of each quarter of the year to date and the state of the quarter's balance
 * confirmation (docs/management-reports.md).
 *
 * @param closed     whether the quarter's three periods are closed (else the figures are provisional)
 * @param lossRatio  the quarter's
 * @param yearToDate each quarter of the year up to this one, the last being {@code lossRatio}
 * @param cumulative from 1 January to the quarter's end, over that one span (the dashboard's year to date)
 */
public record QuarterlyPackage(String insurer, String insurerName, String quarter, LocalDate from, LocalDate to, boolean closed,
                               CurrentAccountSummary currentAccount, PremiumFigures premiums, ClaimFigures claims,
                               LossRatio lossRatio, List<LossRatio> yearToDate, LossRatio cumulative,
                               ConfirmationState confirmation) {

    public QuarterlyPackage {
        yearToDate = List.copyOf(yearToDate);
    }

    public static final String TITLE = "Liasse de consolidation trimestrielle";

    public ManagementDocument document() {
        PremiumFigures p = premiums;
        List<DocumentTable> tables = new ArrayList<>();
        tables.add(DocumentTables.currentAccount("Compte courant de la compagnie", currentAccount));
        tables.add(new DocumentTable("Primes du trimestre", List.of("Primes (quittances : prime + accessoires + taxes)", "Montant", "Quittances"), List.of(
                DocumentRow.of("Primes émises", p.issued(), p.issuedCount()),
                DocumentRow.of("Primes annulées", p.cancelled(), null),
                DocumentRow.of("Primes encaissées, nettes des remboursements", p.collected(), null),
                DocumentRow.of("dont remboursements", p.refunded(), null),
                DocumentRow.of("Commission de gestion prélevée", p.commission(), null),
                DocumentRow.total("Primes impayées au " + DocumentTables.DAY.format(to), p.unpaid(), null))));
        tables.add(DocumentTables.claims("Sinistres par catégorie de prestataire", "Catégorie", claims.byCategory(), claims.total()));
        tables.add(DocumentTables.claims("Sinistres par contrat", "Contrat", claims.byContract(), claims.total()));
        List<DocumentRow> ratios = new ArrayList<>();
        for (LossRatio ratio : yearToDate) {
            Object[] cells = {ratio.earnedPremiums(), ratio.claims(), ratio.percent() == null ? "—" : ratio.percent()};
            ratios.add(ratio.span().equals(quarter) ? DocumentRow.total(ratio.span(), cells) : DocumentRow.of(ratio.span(), cells));
        }
        ratios.add(DocumentRow.of("Cumul du 01/01 au " + DocumentTables.DAY.format(to), cumulative.earnedPremiums(), cumulative.claims(),
                cumulative.percent() == null ? "—" : cumulative.percent()));
        tables.add(new DocumentTable("Ratio sinistres / primes acquises", List.of("Trimestre", "Primes acquises", "Sinistres", "Ratio"), ratios));
        List<DocumentRow> confirmationRows = new ArrayList<>();
        confirmationRows.add(DocumentRow.of("État", confirmation.label()));
        if (confirmation.balance() != null) {
            confirmationRows.add(DocumentRow.of("Solde soumis à confirmation", confirmation.balance()));
            confirmationRows.add(DocumentRow.of("Écart avec le solde de clôture", confirmation.difference()));
        }
        if (confirmation.comment() != null) {
            confirmationRows.add(DocumentRow.of("Observation de la compagnie", confirmation.comment()));
        }
        tables.add(new DocumentTable("Confirmation du solde au " + DocumentTables.DAY.format(to), List.of("", "Valeur"), confirmationRows));
        return new ManagementDocument(TITLE, "Pool Micro Assurance Santé (PMAS) — " + insurerName + " (" + insurer + ") — trimestre "
                + quarter + " (" + DocumentTables.state(closed) + ")", chart(), tables);
    }

    /** Earned premiums and claims of each quarter to date, side by side, the ratio in the category. */
    public MonthlyChart chart() {
        List<String> categories = yearToDate.stream()
                .map(r -> "T" + r.span().substring(r.span().length() - 1) + (r.percent() == null ? "" : " · " + DocumentRow.shown(r.percent())))
                .toList();
        return new MonthlyChart("Primes acquises et sinistres par trimestre", categories, List.of(
                new ChartSeries("Primes acquises", "#1f5f8b", yearToDate.stream().map(LossRatio::earnedPremiums).toList()),
                new ChartSeries("Sinistres", "#cc4125", yearToDate.stream().map(LossRatio::claims).toList())), false);
    }
}
