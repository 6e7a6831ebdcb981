package sn.pmas.platform;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The clause that makes a SELECT hold a shared lock on the rows it reads until the transaction
 * ends, in each database's words (what Hibernate writes for {@code PESSIMISTIC_READ}): for reads
 * made on the transaction's JDBC connection, where no query language writes it for us.
 */
public final class RowLocks {

    private RowLocks() {
    }

    public static String shared(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "PostgreSQL" -> " FOR SHARE";
            case "Apache Derby" -> " FOR READ ONLY WITH RS";
            default -> throw new IllegalStateException("no shared row lock known for " + product);
        };
    }
}
