package sn.pmas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What the database's ledger rules (V12: line trigger, deferred last-line key) cost a posting: the
 * same entries written by plain JDBC batches into two fresh databases of one vendor, one migrated
 * up to V8 and one up to V12, in alternating rounds so that both see the same machine load. The
 * figure is the ratio of their rates (the database's share of posting only: no HTTP, no Hibernate).
 * Embedded Derby always; PostgreSQL too when a URL is given (two schemas there, dropped first).
 *
 * <p>Run from the project root, with the drivers from the local Maven repository:
 * {@code java -cp "$(ls ~/.m2/repository/org/apache/derby/*}{@code /10.17.1.0/*.jar ~/.m2/repository/org/postgresql/postgresql/*}{@code /*.jar | tr '\n' :)"
 * ear/src/test/java/sn/pmas/bench/GuardCostBenchmark.java [rounds] [jdbc:postgresql://127.0.0.1:5432/db?user=..&password=..]}
 */
public final class GuardCostBenchmark {

    private static final Path MIGRATIONS = Path.of("db-scripts/src/main/resources/db/migration");
    private static final int ENTRIES_PER_ROUND = 1_000;
    private static final int ACCOUNTS = 400;

    private final Random random = new Random(7);
    private long nextId = 1;

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.stream.error.file", "target/guard-cost-derby.log");
        // As the server runs Derby (configure-server.cli): no re-optimization of the trigger's plan mid-posting.
        System.setProperty("derby.language.stalePlanCheckInterval", "2147483647");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        new GuardCostBenchmark().run(rounds, "derby", name -> DriverManager.getConnection("jdbc:derby:memory:guard-cost-" + name + ";create=true"));
        if (args.length > 1) {
            new GuardCostBenchmark().run(rounds, "postgresql", name -> {
                try (Connection admin = DriverManager.getConnection(args[1]); Statement sql = admin.createStatement()) {
                    sql.execute("DROP SCHEMA IF EXISTS guard_cost_" + name + " CASCADE");
                    sql.execute("CREATE SCHEMA guard_cost_" + name);
                }
                return DriverManager.getConnection(args[1] + (args[1].contains("?") ? "&" : "?") + "currentSchema=guard_cost_" + name);
            });
        }
    }

    private interface Database {
        Connection open(String name) throws SQLException;
    }

    private void run(int rounds, String vendor, Database vendorDatabase) throws Exception {
        List<String> common = List.of("common/V1__ledger_schema.sql", "common/V2__chart_of_accounts.sql", vendor + "/V4__append_only_guards.sql");
        List<String> guarded = new ArrayList<>(common);
        guarded.add(vendor + "/V12__ledger_invariants.sql");
        try (Connection before = database(vendorDatabase.open("before"), common);
             Connection after = database(vendorDatabase.open("after"), guarded)) {
            double[] withoutRules = new double[rounds];
            double[] withRules = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long seed = random.nextLong();
                withoutRules[round] = postRound(before, seed);
                withRules[round] = postRound(after, seed);
            }
            double plain = median(withoutRules);
            double checked = median(withRules);
            System.out.printf("%s, %,d entries a round (2-4 lines), %d rounds, median rates:%n", vendor, ENTRIES_PER_ROUND, rounds);
            System.out.printf("schema up to V8 (baseline):        %,8.0f entries/s%n", plain);
            System.out.printf("with V12's rules (trigger, key):   %,8.0f entries/s (%.2f x baseline)%n", checked, checked / plain);
        }
    }

    /** Derby runs one statement at a time; PostgreSQL's driver runs a whole script (functions included). */
    private Connection database(Connection connection, List<String> scripts) throws Exception {
        boolean derby = connection.getMetaData().getDatabaseProductName().contains("Derby");
        try (Statement sql = connection.createStatement()) {
            for (String script : scripts) {
                String text = Files.readString(MIGRATIONS.resolve(script));
                for (String statement : derby ? text.split(";\\s*\\n") : new String[] {text}) {
                    if (!statement.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                        sql.execute(statement);
                    }
                }
            }
            sql.execute("INSERT INTO fiscal_year (fiscal_year, start_date, end_date) VALUES (2040, DATE('2040-01-01'), DATE('2040-12-31'))");
            for (int month = 1; month <= 12; month++) {
                LocalDate start = LocalDate.of(2040, month, 1);
                sql.execute("INSERT INTO fiscal_period VALUES (" + (204000 + month) + ", 2040, " + month + ", DATE('" + start
                        + "'), DATE('" + start.plusMonths(1).minusDays(1) + "'), 'OPEN', 0)");
            }
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /** One transaction of entries, headers then lines, each a JDBC batch; returns entries per second. */
    private double postRound(Connection connection, long seed) throws SQLException {
        Random entries = new Random(seed);
        boolean guarded = hasLineCount(connection);
        long start = System.nanoTime();
        try (PreparedStatement header = connection.prepareStatement("INSERT INTO journal_entry (id, journal_code, entry_date, "
                + "period_id, source, source_reference, content_hash, description, total_amount, posted_by, posted_at"
                + (guarded ? ", line_count" : "") + ") VALUES (?, 'OD', ?, ?, 'BENCH', ?, 'h', 'banc', ?, 'bench', CURRENT_TIMESTAMP"
                + (guarded ? ", ?" : "") + ")");
             PreparedStatement line = connection.prepareStatement("INSERT INTO journal_line (entry_id, line_number, account_id, "
                     + "period_id, entry_date, debit, credit) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            long firstId = nextId;
            for (int i = 0; i < ENTRIES_PER_ROUND; i++) {
                long id = nextId++;
                LocalDate date = LocalDate.ofYearDay(2040, 1 + entries.nextInt(365));
                int period = date.getYear() * 100 + date.getMonthValue();
                int debits = 1 + entries.nextInt(3);
                long total = 0;
                for (int d = 1; d <= debits; d++) {
                    long amount = 1_000 + entries.nextInt(1_000_000);
                    total += amount;
                    addLine(line, id, d, 1 + entries.nextInt(ACCOUNTS), period, date, amount, 0);
                }
                addLine(line, id, debits + 1, 1 + entries.nextInt(ACCOUNTS), period, date, 0, total);
                header.setLong(1, id);
                header.setDate(2, java.sql.Date.valueOf(date));
                header.setInt(3, period);
                header.setString(4, "G" + id);
                header.setLong(5, total);
                if (guarded) {
                    header.setInt(6, debits + 1);
                }
                header.addBatch();
            }
            header.executeBatch();
            line.executeBatch();
            connection.commit();
            if (nextId - firstId != ENTRIES_PER_ROUND) {
                throw new IllegalStateException("entries lost");
            }
        }
        return ENTRIES_PER_ROUND / ((System.nanoTime() - start) / 1e9);
    }

    private static void addLine(PreparedStatement line, long entryId, int number, long accountId, int period, LocalDate date,
                                long debit, long credit) throws SQLException {
        line.setLong(1, entryId);
        line.setInt(2, number);
        line.setLong(3, accountId);
        line.setInt(4, period);
        line.setDate(5, java.sql.Date.valueOf(date));
        line.setLong(6, debit);
        line.setLong(7, credit);
        line.addBatch();
    }

    private static boolean hasLineCount(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeQuery("SELECT line_count FROM journal_entry WHERE 1 = 0").close();
            return true;
        } catch (SQLException noSuchColumn) {
            connection.rollback();
            return false;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
