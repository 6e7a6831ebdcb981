package sn.pmas.currentaccount;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.ledger.AccountLines;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.IndexedLookup;

/**
 * The lines of one principal's current account between two dates as its statement shows them, in
 * (date, entry, line) order, from {@code current_account_line}: the posting transaction writes
 * them with their entry's journal, source and reference and the sub-ledger event's type, so the
 * statement is one range of its primary key's index (on Derby, of an index holding every column
 * the statement shows: V99), plain JDBC on the transaction's connection (docs/ledger.md, "The
 * principals' statements").
 */
final class CurrentAccountLines {

    /** One line of the account, with what the statement shows of its entry. */
    record Line(LocalDate date, long entryId, String journalCode, String source, String sourceReference, String eventType,
                String label, long debit, long credit) {
    }

    private CurrentAccountLines() {
    }

    static List<Line> read(Connection connection, long accountId, LocalDate from, LocalDate to) throws SQLException, LedgerException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT entry_date, entry_id, journal_code, source, "
                + "source_reference, event_type, label, debit, credit FROM "
                + IndexedLookup.throughIndex("current_account_line", "ix_current_account_line_statement")
                + "WHERE account_id = ? AND entry_date >= ? AND entry_date <= ? "
                + "ORDER BY account_id, entry_date, entry_id, line_number FETCH FIRST " + (AccountLines.MAX_LINES + 1) + " ROWS ONLY")) {
            select.setLong(1, accountId);
            select.setDate(2, Date.valueOf(from));
            select.setDate(3, Date.valueOf(to));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // As ISO text on both databases: PostgreSQL's getDate builds a calendar for each value, and Derby has no LocalDate.
                    lines.add(new Line(LocalDate.parse(rows.getString(1)), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getLong(8), rows.getLong(9)));
                }
            }
        }
        if (lines.size() > AccountLines.MAX_LINES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "from",
                    "Plus de " + AccountLines.MAX_LINES + " mouvements sur la période : réduire l'intervalle de dates.");
        }
        return lines;
    }
}
