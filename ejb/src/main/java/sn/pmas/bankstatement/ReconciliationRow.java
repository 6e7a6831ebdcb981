package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the printed état de rapprochement (BIRT design {@code bank-reconciliation}): a heading with
 * its total, or one item under it. The rows are the statement's own figures, in its order.
 */
public record ReconciliationRow(boolean heading, String label, String reference, String dateText, Long amount) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static List<ReconciliationRow> of(ReconciliationStatement s) {
        List<ReconciliationRow> rows = new ArrayList<>();
        rows.add(heading("Solde comptable au " + FRENCH.format(s.asOf()) + " (" + s.ledgerAccount() + " + " + s.issuedAccount() + ")",
                s.bookBalance()));
        section(rows, "Plus : chèques émis non encore débités par la banque", s.outstandingChequesTotal(), s.outstandingCheques(), -1);
        section(rows, "Moins : remises et versements non encore crédités par la banque", -s.depositsInTransitTotal(), s.depositsInTransit(), 1);
        section(rows, "Moins : écritures du compte non encore au relevé", -s.bookNotOnStatementTotal(), s.bookNotOnStatement(), 1);
        section(rows, "Plus ou moins : opérations du relevé non comptabilisées", s.bankNotBookedTotal(), s.bankNotBooked(), 1);
        rows.add(heading("Solde du relevé attendu", s.expectedStatementBalance()));
        rows.add(heading(s.lastStatement() == null ? "Solde du relevé : aucun relevé importé" : "Solde du relevé " + s.lastStatement(),
                s.statementBalance()));
        rows.add(heading(s.tied() ? "Écart : le rapprochement est équilibré" : "Écart à expliquer", s.difference()));
        return rows;
    }

    private static void section(List<ReconciliationRow> rows, String title, long total, List<ReconciliationStatement.Item> items, int sign) {
        rows.add(heading(title + " (" + items.size() + ")", total));
        for (ReconciliationStatement.Item item : items) {
            rows.add(new ReconciliationRow(false, item.label(), item.reference(), item.date() == null ? "" : FRENCH.format(item.date()),
                    sign * item.amount()));
        }
    }

    private static ReconciliationRow heading(String label, Long amount) {
        return new ReconciliationRow(true, label, "", "", amount);
    }
}
