package sn.pmas.audittrail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads entries and their lines, in line order, as {@link JournalRow}s: those awaiting their seal
 * (for the sealer), and a year's sealed ones in chain order (for the verification and the flat
 * file), one entry at a time so that a year of millions of lines streams in bounded memory.
 */
final class LedgerRows {

    /** Receives the sealed entries of a year, chain by chain (journal order), in number order. */
    interface SealedVisitor {
        void entry(SealedEntry entry) throws SQLException;
    }

    private static final String LINE_COLUMNS = "e.journal_code, e.entry_date, e.id, l.line_number, l.account_id, l.label, l.debit, "
            + "l.credit, e.source, e.source_reference, e.description, e.posted_at, e.posted_by, e.reverses_entry_id";
    private static final int FETCH_SIZE = 1000;
    private static final long SLICE = 5000;

    private final Connection connection;
    private final AccountCodes accounts;

    LedgerRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.accounts = AccountCodes.read(connection);
    }

    /**
     * The entries awaiting their seal with ids from {@code firstId} to {@code lastId}, in id order, lines
     * unnumbered. The range bounds each of the three tables: PostgreSQL's generic plan for a one-sided
     * bound merges from the ledger's first line, so each batch read every line before it.
     */
    List<List<JournalRow>> pending(long firstId, long lastId) throws SQLException {
        List<List<JournalRow>> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + LINE_COLUMNS + " FROM audit_pending p "
                + "JOIN journal_entry e ON e.id = p.entry_id JOIN journal_line l ON l.entry_id = e.id "
                + "WHERE p.entry_id BETWEEN ? AND ? AND e.id BETWEEN ? AND ? AND l.entry_id BETWEEN ? AND ? "
                + "ORDER BY e.id, l.line_number")) {
            for (int bound = 1; bound <= 6; bound += 2) {
                query.setLong(bound, firstId);
                query.setLong(bound + 1, lastId);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<JournalRow> lines = null;
                while (rows.next()) {
                    JournalRow row = row(rows, 1, 0);
                    if (lines == null || lines.getFirst().entryId() != row.entryId()) {
                        lines = new ArrayList<>();
                        entries.add(lines);
                    }
                    lines.add(row);
                }
            }
        }
        return entries;
    }

    /**
     * Every sealed entry of the year, by journal, then number: each journal's numbers in slices of
     * {@value #SLICE}, so that each read walks the seals' index and probes its entries and lines,
     * sorting a slice in memory; one read of the year in chain order sorted all its lines on disk.
     */
    void sealed(int year, SealedVisitor visitor) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT s.entry_number, s.previous_hash, s.entry_hash, "
                + LINE_COLUMNS + " FROM audit_seal s JOIN journal_entry e ON e.id = s.entry_id "
                + "JOIN journal_line l ON l.entry_id = e.id WHERE s.fiscal_year = ? AND s.journal_code = ? "
                + "AND s.entry_number BETWEEN ? AND ? ORDER BY s.entry_number, l.line_number")) {
            query.setInt(1, year);
            query.setFetchSize(FETCH_SIZE);
            for (Map.Entry<String, Long> journal : lastNumbers(year).entrySet()) {
                query.setString(2, journal.getKey());
                for (long first = 1; first <= journal.getValue(); first += SLICE) {
                    query.setLong(3, first);
                    query.setLong(4, first + SLICE - 1);
                    slice(query, year, visitor);
                }
            }
        }
    }

    /** Each journal of the year with its highest sealed number, in journal order. */
    private Map<String, Long> lastNumbers(int year) throws SQLException {
        Map<String, Long> journals = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT journal_code, MAX(entry_number) FROM audit_seal "
                + "WHERE fiscal_year = ? GROUP BY journal_code")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    journals.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return journals;
    }

    /** One slice of a journal's numbers, as the query's parameters bound it. */
    private void slice(PreparedStatement query, int year, SealedVisitor visitor) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            SealedEntry entry = null;
            while (rows.next()) {
                JournalRow row = row(rows, 4, rows.getLong(1));
                if (entry == null || entry.entryId() != row.entryId()) {
                    if (entry != null) {
                        visitor.entry(entry);
                    }
                    entry = new SealedEntry(year, row.journal(), row.number(), rows.getString(2), rows.getString(3),
                            new ArrayList<>());
                }
                entry.lines().add(row);
            }
            if (entry != null) {
                visitor.entry(entry);
            }
        }
    }

    private JournalRow row(ResultSet rows, int first, long number) throws SQLException {
        long accountId = rows.getLong(first + 4);
        String label = rows.getString(first + 5);
        String description = rows.getString(first + 10);
        long reverses = rows.getLong(first + 13);
        boolean reversesNothing = rows.wasNull();
        return new JournalRow(rows.getString(first), number, rows.getDate(first + 1).toLocalDate(), rows.getLong(first + 2),
                rows.getInt(first + 3), accounts.account(accountId), accounts.auxiliary(accountId),
                label == null ? description : label, rows.getLong(first + 6), rows.getLong(first + 7), rows.getString(first + 8),
                rows.getString(first + 9), description, rows.getTimestamp(first + 11).toLocalDateTime(), rows.getString(first + 12),
                reversesNothing ? null : reverses);
    }
}
