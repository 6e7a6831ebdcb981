package sn.pmas.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations on a real PostgreSQL, the production option. The server is a prerequisite of the
 * test suite (.ci/run starts it): {@code -Dpmas.test.postgres.url}, {@code .user} and
 * {@code .password} point elsewhere than the default local database pmas_test (pmas/pmas).
 */
class PostgresMigrationsTest extends MigrationsContract {

    @Override
    DataSource emptyDatabase() throws SQLException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(System.getProperty("pmas.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/pmas_test"));
        database.setUser(System.getProperty("pmas.test.postgres.user", "pmas"));
        database.setPassword(System.getProperty("pmas.test.postgres.password", "pmas"));
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
        return database;
    }

    @Override
    String vendorFolder() {
        return "postgresql";
    }

    /** Expected of PostgreSQL: the guard function raises integrity_constraint_violation. */
    @Override
    String immutabilitySqlState() {
        return "23000";
    }

    @Override
    String checkViolationSqlState() {
        return "23514";
    }

    @Override
    String deferredForeignKeySqlState() {
        return "23503";
    }
}
