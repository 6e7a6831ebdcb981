package sn.pmas.sig;

import java.util.List;

/**
 * What an event file holds: the events read, each with its row, and every reason a row or the
 * file was refused. A file with errors books nothing; docs/sig-import.md gives the format.
 */
public record EventFile(List<RowEvent> rows, List<RowError> errors) {

    /** As many events as the ingestion takes in one submission. */
    public static final int MAX_EVENTS = SigIngestion.MAX_EVENTS;
    /** 5 000 events fill about 1 MB of CSV: 5 MB leave room for wide labels and spreadsheet overhead. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public EventFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static EventFile refused(RowError error) {
        return new EventFile(List.of(), List.of(error));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<SigEvent> events() {
        return rows.stream().map(RowEvent::event).toList();
    }

    /** The ingestion's reasons, each on the file row of the event it concerns. */
    public List<RowError> locate(List<LineError> lineErrors) {
        return lineErrors.stream()
                .map(error -> error.index() >= 0 && error.index() < rows.size()
                        ? RowError.of(error, rows.get(error.index()))
                        : new RowError(null, error.reference(), error.field(), error.code(), error.message()))
                .toList();
    }
}
