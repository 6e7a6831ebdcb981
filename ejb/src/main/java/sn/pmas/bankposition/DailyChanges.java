package sn.pmas.bankposition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import sn.pmas.platform.SqlValues;

/**
 * A figure known by its changes per day (what SQL aggregates with GROUP BY date): its value at the
 * end of a day is the sum of the changes on or before it. Walked forward day by day in one pass.
 */
final class DailyChanges {

    private final NavigableMap<LocalDate, Long> changes = new TreeMap<>();

    /** Rows of (date, amount), added with {@code sign}; rows without a date are ignored. */
    DailyChanges add(List<?> rows, int sign) {
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            if (cells[0] != null) {
                add(SqlValues.dateOf(cells[0]), sign * SqlValues.longOf(cells[1]));
            }
        }
        return this;
    }

    DailyChanges add(LocalDate day, long amount) {
        changes.merge(day, amount, Long::sum);
        return this;
    }

    /** The value at the end of {@code day}. */
    long at(LocalDate day) {
        return changes.headMap(day, true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** A cursor that walks days in increasing order, each step adding only the changes since the last. */
    Cursor cursor() {
        return new Cursor();
    }

    final class Cursor {
        private LocalDate last;
        private long value;

        long at(LocalDate day) {
            Map<LocalDate, Long> since = last == null ? changes.headMap(day, true) : changes.subMap(last, false, day, true);
            for (long change : since.values()) {
                value += change;
            }
            last = day;
            return value;
        }
    }
}
