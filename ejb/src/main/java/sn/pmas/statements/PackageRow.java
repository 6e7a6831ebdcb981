package sn.pmas.statements;

import java.util.ArrayList;
import java.util.List;

/** A row of the fiscal package's PDF: a statement's line, a note's row or a cross-check, under its section. */
public record PackageRow(String section, String code, String label, Long amount, Long previous) {

    static List<PackageRow> of(FinancialStatements statements) {
        List<PackageRow> rows = new ArrayList<>();
        for (StatementKind kind : StatementKind.values()) {
            statements.lines(kind).forEach(line -> rows.add(new PackageRow(kind.title(), line.code(), line.label(), line.amount(), line.previous())));
        }
        statements.notes().forEach(note -> rows.add(new PackageRow("Note : " + note.note(), note.code(),
                note.label() + (note.remark().isEmpty() ? "" : " (" + note.remark() + ")"), note.amount(), note.previous())));
        statements.checks().forEach(check -> rows.add(new PackageRow("Contrôles croisés", check.passed() ? "OK" : "ÉCHEC", check.title(), null, null)));
        statements.unmapped().forEach(account -> rows.add(new PackageRow("Contrôles croisés", "", account, null, null)));
        return rows;
    }
}
