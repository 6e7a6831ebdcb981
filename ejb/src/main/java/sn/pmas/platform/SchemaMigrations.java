package sn.pmas.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The Flyway set-up of the product: portable SQL from {@code db/migration/common}, plus the folder
 * of the database in use ({@code derby} or {@code postgresql}) for the statements that differ.
 * Flyway itself has no vendor placeholder, so the folder is picked from the connection, and a
 * missing folder stops the deployment instead of silently skipping migrations.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader migrationsLoader) {
        return Flyway.configure(migrationsLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder(dataSource))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    static String vendorFolder(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "Apache Derby" -> "derby";
                case "PostgreSQL" -> "postgresql";
                default -> throw new IllegalStateException("PMAS Ledger runs on Derby or PostgreSQL, not on " + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the ledger runs on", e);
        }
    }
}
