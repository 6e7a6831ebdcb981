package sn.pmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the product's migrations must give on every supported database: the whole chart, the
 * reporting view, and the database-level ledger guarantees (one-sided lines, append-only journal).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationsContract {

    private DataSource database;
    private MigrateResult migrated;

    /** An empty database of the vendor under test. */
    abstract DataSource emptyDatabase() throws SQLException;

    abstract String vendorFolder();

    /** The SQLState a change to a posted line fails with: how this vendor's guard reports it. */
    abstract String immutabilitySqlState();

    /** Migrated by {@link SchemaMigrations}, the code the application runs at deployment. */
    @BeforeAll
    void migrate() throws SQLException {
        database = emptyDatabase();
        migrated = SchemaMigrations.migrate(database, MigrationsContract.class.getClassLoader());
    }

    @Test
    void appliesTheCommonAndTheVendorMigrations() throws SQLException {
        assertEquals(vendorFolder(), SchemaMigrations.vendorFolder(database));
        assertTrue(migrated.migrations.stream().anyMatch(migration -> "4".equals(migration.version)),
                "V4, the vendor's append-only guards, is applied too");
        assertEquals(448 + 1, number("SELECT COUNT(*) FROM account"), "the SYCEBNL chart, and 47122 members to reimburse (V5)");
        assertEquals(0, number("SELECT COUNT(*) FROM account WHERE account_kind = 'CONTROL' AND postable = TRUE"));
    }

    @Test
    void postedLinesCannotBeChangedOrDeleted() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO fiscal_year VALUES (2025, DATE('2025-01-01'), DATE('2025-12-31'))");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (202503, 2025, 3, DATE('2025-03-01'), DATE('2025-03-31'), 'OPEN', 0)");
            sql.executeUpdate("INSERT INTO account_period_balance SELECT id, 202503, 1000, 0, id FROM account WHERE code = '5211'");
            sql.executeUpdate("INSERT INTO account_period_balance SELECT id, 202503, 0, 1000, id FROM account WHERE code = '5212'");
            sql.executeUpdate("INSERT INTO journal_entry (id, journal_code, entry_date, period_id, source, source_reference, "
                    + "content_hash, description, total_amount, posted_by, posted_at) VALUES (1, 'BQ', DATE('2025-03-10'), 202503, "
                    + "'TEST', 'R1', 'h', 'virement', 1000, 'test', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO journal_line SELECT 1, 1, id, 202503, DATE('2025-03-10'), 1000, 0, "
                    + "CAST(NULL AS VARCHAR(250)) FROM account WHERE code = '5211'");
            sql.executeUpdate("INSERT INTO journal_line SELECT 1, 2, id, 202503, DATE('2025-03-10'), 0, 1000, "
                    + "CAST(NULL AS VARCHAR(250)) FROM account WHERE code = '5212'");

            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE journal_line SET label = 'corrigé' WHERE entry_id = 1"));
            assertTrue(update.getMessage().toUpperCase().contains("POSTED_ENTRIES_ARE_IMMUTABLE"), update.getMessage());
            assertEquals(immutabilitySqlState(), update.getSQLState(), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM journal_line"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE journal_entry SET description = 'autre'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM journal_entry"));
            SQLException bothSides = assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO journal_line "
                    + "SELECT 1, 3, id, 202503, DATE('2025-03-10'), 10, 10, CAST(NULL AS VARCHAR(250)) FROM account WHERE code = '5211'"));
            assertTrue(bothSides.getMessage().toUpperCase().contains("CK_LINE_ONE_SIDE"), bothSides.getMessage());
        }
        assertEquals(1000, number("SELECT SUM(debit) FROM journal_line WHERE entry_id = 1"));
        assertEquals(0, number("SELECT SUM(debit_total - credit_total) FROM account_period_balance WHERE period_id = 202503"),
                "the period rows balance");
    }

    @Test
    void registerViewsGiveMonthsAsIsoText() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO party (code, party_type, name, active, version) VALUES ('MC-INS', 'INSURER', 'Assureur', TRUE, 0)");
            sql.executeUpdate("INSERT INTO sig_event (source_reference, event_type, event_date, content_hash, received_by, received_at) "
                    + "VALUES ('MC-Q1', 'PREMIUM_ISSUED', DATE('2040-01-10'), 'h', 'test', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO premium (reference, contract_ref, insurer_party_id, product, period_from, period_to, "
                    + "issued_on, premium_amount, policy_costs, taxes, sig_event_id) SELECT 'MC-Q1', 'CT-1', p.id, 'SANTE', "
                    + "DATE('2040-01-01'), DATE('2040-03-31'), DATE('2040-01-10'), 1000, 50, 30, e.id FROM party p, sig_event e "
                    + "WHERE p.code = 'MC-INS' AND e.source_reference = 'MC-Q1'");
            try (ResultSet month = sql.executeQuery("SELECT issued_month, total_amount FROM rpt_premium_quittance "
                    + "WHERE premium_reference = 'MC-Q1'")) {
                assertTrue(month.next());
                assertEquals("2040-01", month.getString(1), "months compare and sort as text yyyy-MM");
                assertEquals(1080, month.getLong(2), "premium + policy costs + taxes");
            }
        }
    }

    private long number(String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
