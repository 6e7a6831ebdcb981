package sn.pmas.sig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sn.pmas.ledger.Rejection;

/**
 * Reads the rows of an event file, whatever its format: row 1 names the columns (any order),
 * blank rows are skipped, every other row is one event. All the errors are collected, so that
 * the user fixes the file in one go.
 */
final class EventRows {

    private static final List<String> REQUIRED = List.of("type", "reference");

    private EventRows() {
    }

    static EventFile read(List<SourceRow> rows) {
        if (rows.isEmpty() || rows.get(0).number() != 1 || rows.get(0).blank()) {
            return EventFile.refused(RowError.ofFile(SigRejection.IMPORT_EMPTY,
                    "La ligne 1 doit porter les noms des colonnes (type, reference, date, principal, amount…)."));
        }
        List<RowError> errors = new ArrayList<>();
        List<EventColumn> columns = header(rows.get(0), errors);
        if (!errors.isEmpty()) {
            return new EventFile(List.of(), errors);
        }
        List<RowEvent> events = new ArrayList<>();
        int eventRows = 0;
        for (SourceRow row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (eventRows++ == EventFile.MAX_EVENTS) {
                errors.add(new RowError(row.number(), null, null, SigRejection.IMPORT_TOO_MANY_ROWS.code(),
                        "Plus de " + EventFile.MAX_EVENTS + " événements : découpez le fichier (par exemple par quinzaine)."));
                break;
            }
            event(row, columns, errors).ifPresent(events::add);
        }
        if (eventRows == 0) {
            return EventFile.refused(RowError.ofFile(SigRejection.IMPORT_EMPTY, "Le fichier ne contient aucun événement."));
        }
        return new EventFile(events, errors);
    }

    /** The column of each header cell, null for a blank one; unknown, repeated and missing columns are errors. */
    private static List<EventColumn> header(SourceRow header, List<RowError> errors) {
        List<EventColumn> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cell cell : header.cells()) {
            String name = CellValues.text(cell);
            EventColumn column = EventColumn.named(name).orElse(null);
            if (name.isEmpty()) {
                columns.add(null);
                continue;
            }
            if (column == null) {
                errors.add(new RowError(1, null, name, SigRejection.IMPORT_UNKNOWN_COLUMN.code(), unknownColumn(name)));
            } else if (!seen.add(name)) {
                errors.add(new RowError(1, null, name, SigRejection.IMPORT_DUPLICATE_COLUMN.code(),
                        "La colonne « " + name + " » figure deux fois."));
            }
            columns.add(column);
        }
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                errors.add(new RowError(1, null, required, SigRejection.IMPORT_MISSING_COLUMN.code(),
                        "La colonne « " + required + " » est obligatoire."));
            }
        }
        return columns;
    }

    private static String unknownColumn(String name) {
        if (name.equals(EventColumn.FORCE_REASON)) {
            return "La colonne forceReason n'est pas admise dans un fichier : le forçage d'un sinistre se fait "
                    + "sinistre par sinistre, par un utilisateur habilité.";
        }
        return "Colonne inconnue « " + name + " ». Colonnes admises : " + String.join(", ", EventColumn.names()) + ".";
    }

    private static Optional<RowEvent> event(SourceRow row, List<EventColumn> columns, List<RowError> errors) {
        String reference = referenceOf(row, columns);
        Map<String, Object> values = new HashMap<>();
        int errorsBefore = errors.size();
        int width = Math.max(columns.size(), row.cells().size());
        for (int i = 0; i < width; i++) {
            EventColumn column = i < columns.size() ? columns.get(i) : null;
            Cell cell = row.cell(i);
            if (column == null) {
                if (!cell.blank()) {
                    errors.add(new RowError(row.number(), reference, null, Rejection.FIELD_INVALID.code(),
                            "Valeur « " + CellValues.text(cell) + " » en colonne " + (i + 1) + ", qui n'a pas de nom en ligne 1."));
                }
                continue;
            }
            try {
                values.put(column.name(), CellValues.read(cell, column.kind()));
            } catch (CellValues.InvalidCell e) {
                errors.add(new RowError(row.number(), reference, column.name(), Rejection.FIELD_INVALID.code(),
                        column.name() + " : " + e.getMessage()));
            }
        }
        return errors.size() == errorsBefore
                ? Optional.of(new RowEvent(row.number(), EventColumn.event(values)))
                : Optional.empty();
    }

    private static String referenceOf(SourceRow row, List<EventColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).name().equals("reference") && !row.cell(i).blank()) {
                return CellValues.text(row.cell(i));
            }
        }
        return null;
    }
}
