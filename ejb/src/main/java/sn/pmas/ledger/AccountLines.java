package sn.pmas.ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.RowsByKey;

/**
 * The lines of some accounts between two dates with what a statement shows of their entries, in
 * (date, entry, line) order: the read behind the account statement (a principal's statement reads
 * the lines the posting wrote for it, current_account_line). Entries that move no money (the opening and year-end entries,
 * {@link LedgerTotals#entryMovesMoney}) are left out, as the balances leave them out.
 *
 * <p>Two queries on the transaction's connection, plain JDBC: the lines from their (account, date)
 * index (named: Derby read the bank account's lines of every year through the index of its foreign
 * key to the account, then each line's date from the table), then their entries by key ({@link RowsByKey}). Joined in one query, PostgreSQL probed the
 * entries' index once per line, in date order; read by key it walks the index once in key order.
 * The rows go straight into records: through Hibernate's native query each of 25 000 rows' cells
 * was extracted and converted one by one, a third of the request's time in the server.
 */
public final class AccountLines {

    /** Beyond this a statement is no longer read on a screen or on paper: ask for a shorter span. */
    public static final int MAX_LINES = 50_000;

    private static final Comparator<AccountLine> ORDER = Comparator.comparing(AccountLine::date)
            .thenComparingLong(AccountLine::entryId).thenComparingInt(AccountLine::lineNumber);

    private AccountLines() {
    }

    public static List<AccountLine> read(Connection connection, Collection<Long> accountIds, LocalDate from, LocalDate to)
            throws SQLException, LedgerException {
        List<Line> lines = lines(connection, accountIds, from, to);
        Set<Long> entryIds = new HashSet<>(lines.size() * 2);
        lines.forEach(line -> entryIds.add(line.entryId()));
        Map<Long, Entry> entries = new HashMap<>(entryIds.size() * 2);
        RowsByKey.read(connection, "SELECT e.id, e.journal_code, e.description, e.source, e.source_reference FROM journal_entry e "
                + "WHERE e.id %s AND " + LedgerTotals.entryMovesMoney("e"), entryIds,
                row -> entries.put(row.getLong(1), new Entry(row.getString(2), row.getString(3), row.getString(4), row.getString(5))));
        List<AccountLine> read = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Entry entry = entries.get(line.entryId());
            if (entry != null) {
                read.add(new AccountLine(line.date(), line.entryId(), line.lineNumber(), line.accountId(), entry.journalCode(),
                        entry.description(), entry.source(), entry.sourceReference(), line.label(), line.debit(), line.credit()));
            }
        }
        read.sort(ORDER);
        return read;
    }

    /** In index order: sorting in Java costs less than the database's sort of every row. */
    private static List<Line> lines(Connection connection, Collection<Long> accountIds, LocalDate from, LocalDate to)
            throws SQLException, LedgerException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT entry_date, entry_id, line_number, account_id, label, "
                + "debit, credit FROM " + IndexedLookup.throughIndex("journal_line", "ix_line_account_date") + "WHERE account_id IN (" + String.join(", ", Collections.nCopies(accountIds.size(), "?"))
                + ") AND entry_date >= ? AND entry_date <= ? FETCH FIRST " + (MAX_LINES + 1) + " ROWS ONLY")) {
            int index = 1;
            for (long accountId : accountIds) {
                select.setLong(index++, accountId);
            }
            select.setDate(index++, Date.valueOf(from));
            select.setDate(index, Date.valueOf(to));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // As ISO text on both databases: PostgreSQL's getDate builds a calendar for each value, and Derby has no LocalDate.
                    lines.add(new Line(LocalDate.parse(rows.getString(1)), rows.getLong(2), rows.getInt(3), rows.getLong(4),
                            rows.getString(5), rows.getLong(6), rows.getLong(7)));
                }
            }
        }
        if (lines.size() > MAX_LINES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "from",
                    "Plus de " + MAX_LINES + " mouvements sur la période : réduire l'intervalle de dates.");
        }
        return lines;
    }

    private record Line(LocalDate date, long entryId, int lineNumber, long accountId, String label, long debit, long credit) {
    }

    private record Entry(String journalCode, String description, String source, String sourceReference) {
    }
}
