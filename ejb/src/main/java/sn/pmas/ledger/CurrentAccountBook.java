package sn.pmas.ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lines a posting writes on principals' current accounts, as their statements show them
 * (table {@code current_account_line}, docs/ledger.md): written by the posting transaction after
 * its journal lines, as one JDBC batch on its connection. Lines of entries that move no money (the
 * year-end's AN entries and their reversals) are left out, as the statements leave them out.
 */
final class CurrentAccountBook {

    private record Row(long accountId, LocalDate date, long entryId, int lineNumber, String journalCode, String source,
                       String sourceReference, String eventType, String label, long debit, long credit) {
    }

    private final Set<Long> currentAccounts;
    private final List<Row> rows = new ArrayList<>();

    /** @param currentAccounts the principals' current accounts among those the postings name, by account id */
    CurrentAccountBook(Set<Long> currentAccounts) {
        this.currentAccounts = currentAccounts;
    }

    /** @param reversedSource the source of the entry that {@code posting} reverses, null when it reverses none */
    void add(long entryId, ValidatedPosting posting, String reversedSource) {
        PostingRequest request = posting.request();
        if (currentAccounts.isEmpty()
                || !LedgerTotals.entryMovesMoney(request.journalCode(), request.source(), reversedSource)) {
            return;
        }
        int number = 1;
        for (ValidatedLine line : posting.lines()) {
            if (currentAccounts.contains(line.accountId())) {
                rows.add(new Row(line.accountId(), request.entryDate(), entryId, number, request.journalCode(), request.source(),
                        request.sourceReference(), request.eventType(), line.label(), line.debit(), line.credit()));
            }
            number++;
        }
    }

    /** Writes the rows on {@code connection}, the posting transaction's own, once the journal lines are flushed. */
    void applyTo(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO current_account_line (account_id, entry_date, "
                + "entry_id, line_number, journal_code, source, source_reference, event_type, label, debit, credit) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setLong(1, row.accountId());
                insert.setDate(2, Date.valueOf(row.date()));
                insert.setLong(3, row.entryId());
                insert.setInt(4, row.lineNumber());
                insert.setString(5, row.journalCode());
                insert.setString(6, row.source());
                insert.setString(7, row.sourceReference());
                insert.setString(8, row.eventType());
                insert.setString(9, row.label());
                insert.setLong(10, row.debit());
                insert.setLong(11, row.credit());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        rows.clear();
    }
}
