package sn.pmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's migrations on a real (in-memory) Derby, and the database-level ledger guarantees. */
class SchemaMigrationsTest {

    private static EmbeddedDataSource database;
    private static MigrateResult migrated;

    @BeforeAll
    static void migrate() {
        System.setProperty("derby.stream.error.file", "target/derby-test.log");
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:migrations");
        database.setCreateDatabase("create");
        migrated = SchemaMigrations.migrate(database, SchemaMigrationsTest.class.getClassLoader());
    }

    @Test
    void appliesTheCommonAndTheDerbyMigrations() throws SQLException {
        assertEquals("derby", SchemaMigrations.vendorFolder(database));
        assertEquals("4", migrated.targetSchemaVersion, "V4, the Derby guards, is applied too");
        assertEquals(448, count("SELECT COUNT(*) FROM account"));
        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE account_kind = 'CONTROL' AND postable = TRUE"));
    }

    @Test
    void postedLinesCannotBeChangedOrDeleted() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO fiscal_year VALUES (2025, DATE('2025-01-01'), DATE('2025-12-31'))");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (202503, 2025, 3, DATE('2025-03-01'), DATE('2025-03-31'), 'OPEN', 0)");
            sql.executeUpdate("INSERT INTO journal_entry (id, journal_code, entry_date, period_id, source, source_reference, "
                    + "content_hash, description, total_amount, posted_by, posted_at) VALUES (1, 'BQ', DATE('2025-03-10'), 202503, "
                    + "'TEST', 'R1', 'h', 'dépôt', 1000, 'test', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO journal_line SELECT 1, 1, id, 202503, DATE('2025-03-10'), 1000, 0, CAST(NULL AS VARCHAR(250)) FROM account WHERE code = '5211'");
            sql.executeUpdate("INSERT INTO journal_line SELECT 1, 2, id, 202503, DATE('2025-03-10'), 0, 1000, CAST(NULL AS VARCHAR(250)) FROM account WHERE code = '5212'");

            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE journal_line SET label = 'corrigé' WHERE entry_id = 1"));
            assertTrue(update.getMessage().toUpperCase().contains("POSTED_ENTRIES_ARE_IMMUTABLE"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM journal_line"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE journal_entry SET description = 'autre'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM journal_entry"));
            SQLException oneSided = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "INSERT INTO journal_line SELECT 1, 3, id, 202503, DATE('2025-03-10'), 10, 10, CAST(NULL AS VARCHAR(250)) FROM account WHERE code = '5211'"));
            assertTrue(oneSided.getMessage().toUpperCase().contains("CK_LINE_ONE_SIDE"), oneSided.getMessage());
            assertEquals(1000, count("SELECT SUM(debit) FROM journal_line WHERE entry_id = 1"));
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
