package sn.pmas.web.api;

import java.util.ArrayList;
import java.util.List;
import sn.pmas.currentaccount.PrincipalStatement;
import sn.pmas.reporting.CsvDocument;

/** A principal's statement as CSV: the opening line, one line per movement, the closing line. */
final class StatementCsv {

    private static final List<String> HEADERS = List.of("Date", "Écriture", "Journal", "Source", "Référence",
            "Événement", "Libellé", "Débit", "Crédit", "Solde");

    private StatementCsv() {
    }

    static byte[] of(PrincipalStatement statement) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(statement.from(), "", "", "", "", "", "Solde d'ouverture " + statement.principalCode(), "", "", statement.opening()));
        statement.lines().forEach(line -> rows.add(java.util.Arrays.asList(line.date(), line.entryId(), line.journalCode(),
                line.source(), line.sourceReference(), line.eventType(), line.label(), line.debit(), line.credit(), line.balance())));
        rows.add(List.of(statement.to(), "", "", "", "", "", "Solde de clôture", statement.totalDebits(), statement.totalCredits(),
                statement.closing()));
        return CsvDocument.of(HEADERS, rows);
    }
}
