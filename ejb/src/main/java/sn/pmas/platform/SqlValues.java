package sn.pmas.platform;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads native query cells the same way on every database: Derby returns BIGINT sums as Long,
 * PostgreSQL as BigDecimal; dates come back as java.sql types or java.time depending on driver.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static LocalDate dateOf(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    public static Instant instantOf(Object value) {
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }
}
