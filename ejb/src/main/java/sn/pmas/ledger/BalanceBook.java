package sn.pmas.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates what a batch of postings adds to each account's year and period totals, then
 * applies it as three JDBC batches on the transaction's connection: a posting of a thousand
 * entries touches thousands of balance rows, and one statement per row through the persistence
 * context cost more than writing the entries themselves.
 *
 * <p>Lock order: every year row the batch changes — its own year's totals, and the brought-forward
 * totals of the later years — is updated first, in (account, year) order, so concurrent batches
 * cannot deadlock. An account's year row exists from the opening of the year or of the account;
 * holding it makes the transaction the only one that may insert that account's period rows of
 * the year, which exist only once the account moved in the period.
 */
final class BalanceBook {

    private record PeriodKey(long accountId, int periodId) implements Comparable<PeriodKey> {

        int year() {
            return periodId / 100;
        }

        @Override
        public int compareTo(PeriodKey other) {
            int byAccount = Long.compare(accountId, other.accountId);
            return byAccount != 0 ? byAccount : Integer.compare(periodId, other.periodId);
        }
    }

    private record YearKey(long accountId, int year) implements Comparable<YearKey> {

        @Override
        public int compareTo(YearKey other) {
            int byAccount = Long.compare(accountId, other.accountId);
            return byAccount != 0 ? byAccount : Integer.compare(year, other.year);
        }
    }

    /** What a year row receives: the year's own movements, and those of earlier years it brings forward. */
    private static final class YearDelta {
        long debit;
        long credit;
        long openingDebit;
        long openingCredit;
        /** The row must exist: the account moved in this very year. */
        boolean moved;
    }

    private final Map<PeriodKey, long[]> deltas = new TreeMap<>();

    void add(ValidatedPosting posting) {
        for (ValidatedLine line : posting.lines()) {
            long[] delta = deltas.computeIfAbsent(new PeriodKey(line.accountId(), posting.periodId()), key -> new long[2]);
            delta[0] += line.debit();
            delta[1] += line.credit();
        }
    }

    /** Writes the totals on {@code connection}, the posting transaction's own (the entries flushed before). */
    void applyTo(Connection connection) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        updateYears(connection, yearDeltas(fiscalYears(connection, false), fiscalYears(connection, true)));
        List<Map.Entry<PeriodKey, long[]>> missing = updatePeriods(connection);
        insertPeriods(connection, missing);
        deltas.clear();
    }

    /** A posting brings forward into the later years up to the first closed one (docs/ledger.md, "Opening balances"). */
    private Map<YearKey, YearDelta> yearDeltas(List<Integer> fiscalYears, List<Integer> closedYears) {
        Map<YearKey, YearDelta> years = new TreeMap<>();
        deltas.forEach((key, delta) -> {
            YearDelta own = years.computeIfAbsent(new YearKey(key.accountId(), key.year()), k -> new YearDelta());
            own.debit += delta[0];
            own.credit += delta[1];
            own.moved = true;
            for (int later : fiscalYears) {
                if (later > key.year() && closedYears.stream().noneMatch(closed -> closed >= key.year() && closed < later)) {
                    YearDelta brought = years.computeIfAbsent(new YearKey(key.accountId(), later), k -> new YearDelta());
                    brought.openingDebit += delta[0];
                    brought.openingCredit += delta[1];
                }
            }
        });
        return years;
    }

    private static List<Integer> fiscalYears(Connection connection, boolean closedOnly) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT fiscal_year FROM fiscal_year"
                + (closedOnly ? " WHERE closed = TRUE" : ""));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                years.add(rows.getInt(1));
            }
        }
        return years;
    }

    private static void updateYears(Connection connection, Map<YearKey, YearDelta> years) throws SQLException {
        List<YearKey> keys = new ArrayList<>(years.keySet());
        try (PreparedStatement update = connection.prepareStatement("UPDATE account_year_balance SET debit_total = debit_total + ?, "
                + "credit_total = credit_total + ?, opening_debit = opening_debit + ?, opening_credit = opening_credit + ? "
                + "WHERE account_id = ? AND fiscal_year = ?")) {
            for (YearKey key : keys) {
                YearDelta delta = years.get(key);
                update.setLong(1, delta.debit);
                update.setLong(2, delta.credit);
                update.setLong(3, delta.openingDebit);
                update.setLong(4, delta.openingCredit);
                update.setLong(5, key.accountId());
                update.setInt(6, key.year());
                update.addBatch();
            }
            int[] counts = updateCounts(update);
            for (int i = 0; i < counts.length; i++) {
                // A later year without the account (opened after it) has nothing to bring forward into.
                if (counts[i] == 0 && years.get(keys.get(i)).moved) {
                    throw new IllegalStateException("account " + keys.get(i).accountId() + " has no balance row for " + keys.get(i).year());
                }
            }
        }
    }

    /** Adds to the period rows that exist; returns the deltas whose row does not exist yet. */
    private List<Map.Entry<PeriodKey, long[]>> updatePeriods(Connection connection) throws SQLException {
        List<Map.Entry<PeriodKey, long[]>> ordered = new ArrayList<>(deltas.entrySet());
        List<Map.Entry<PeriodKey, long[]>> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE account_period_balance SET debit_total = debit_total + ?, "
                + "credit_total = credit_total + ? WHERE account_id = ? AND period_id = ?")) {
            for (Map.Entry<PeriodKey, long[]> delta : ordered) {
                update.setLong(1, delta.getValue()[0]);
                update.setLong(2, delta.getValue()[1]);
                update.setLong(3, delta.getKey().accountId());
                update.setInt(4, delta.getKey().periodId());
                update.addBatch();
            }
            int[] counts = updateCounts(update);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(ordered.get(i));
                }
            }
        }
        return missing;
    }

    /** Whether each row existed decides what comes next: a driver that does not say is not one this ledger runs on. */
    private static int[] updateCounts(PreparedStatement batch) throws SQLException {
        int[] counts = batch.executeBatch();
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalStateException("the JDBC driver did not report the rows a balance update changed");
            }
        }
        return counts;
    }

    /**
     * Inserts the period rows an account moves into for the first time, their headings read first:
     * a plain INSERT of values, which drivers send as multi-row statements, where an INSERT ... SELECT
     * goes one row per statement.
     */
    private static void insertPeriods(Connection connection, List<Map.Entry<PeriodKey, long[]>> missing) throws SQLException {
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Long> headings = headings(connection, missing.stream().map(delta -> delta.getKey().accountId()).distinct().toList());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account_period_balance (account_id, period_id, "
                + "debit_total, credit_total, heading_id) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<PeriodKey, long[]> delta : missing) {
                insert.setLong(1, delta.getKey().accountId());
                insert.setInt(2, delta.getKey().periodId());
                insert.setLong(3, delta.getValue()[0]);
                insert.setLong(4, delta.getValue()[1]);
                insert.setLong(5, headings.get(delta.getKey().accountId()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each account's heading: its control account, or itself. */
    private static Map<Long, Long> headings(Connection connection, List<Long> accountIds) throws SQLException {
        Map<Long, Long> headings = new HashMap<>();
        for (List<Long> chunk : BatchReferences.chunks(accountIds)) {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, COALESCE(control_account_id, id) FROM account WHERE id IN ("
                    + BatchReferences.placeholders(chunk.size()) + ")")) {
                BatchReferences.bind(select, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        headings.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
        }
        return headings;
    }
}
