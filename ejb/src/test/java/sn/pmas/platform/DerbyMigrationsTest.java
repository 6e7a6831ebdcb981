package sn.pmas.platform;

import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;

/** The migrations on embedded Derby, in memory. */
class DerbyMigrationsTest extends MigrationsContract {

    private static EmbeddedDataSource database;
    private static MigrateResult migrated;

    @BeforeAll
    static void migrate() {
        System.setProperty("derby.stream.error.file", "target/derby-test.log");
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:migrations");
        database.setCreateDatabase("create");
        migrated = SchemaMigrations.migrate(database, DerbyMigrationsTest.class.getClassLoader());
    }

    @Override
    DataSource database() {
        return database;
    }

    @Override
    MigrateResult migrated() {
        return migrated;
    }

    @Override
    String vendorFolder() {
        return "derby";
    }
}
