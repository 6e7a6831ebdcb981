package sn.pmas.platform;

import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** The migrations on embedded Derby, in memory. */
class DerbyMigrationsTest extends MigrationsContract {

    @Override
    DataSource emptyDatabase() {
        System.setProperty("derby.stream.error.file", "target/derby-test.log");
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:migrations");
        database.setCreateDatabase("create");
        return database;
    }

    @Override
    String vendorFolder() {
        return "derby";
    }

    /** Expected of Derby, which has no SIGNAL: the guard trigger's insert breaks a CHECK constraint. */
    @Override
    String immutabilitySqlState() {
        return "23513";
    }

    @Override
    String checkViolationSqlState() {
        return "23513";
    }

    @Override
    String deferredForeignKeySqlState() {
        return "23516";
    }
}
