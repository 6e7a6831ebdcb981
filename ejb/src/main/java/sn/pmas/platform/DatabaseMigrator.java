package sn.pmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at deployment, before any other start-up bean runs
 * (see {@link SchemaMigrations}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:jboss/datasources/PmasLedgerDS";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = SchemaMigrations.migrate(dataSource, DatabaseMigrator.class.getClassLoader());
        LOG.info(() -> "Database schema up to date (" + result.migrationsExecuted
                + " migration(s) applied now, version " + (result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion) + ")");
    }
}
