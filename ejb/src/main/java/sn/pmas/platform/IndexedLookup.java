package sn.pmas.platform;

/**
 * The FROM clause of a lookup that must read its table through a given index, on either database.
 *
 * <p>Derby compiles a statement's plan once and, with its stale-plan check off (configure-server.cli:
 * the ledger's line trigger was recompiled over and over), keeps it. A lookup first compiled while
 * its table was empty — a fresh database, the start of a benchmark — is planned as a table scan
 * and stays one while the table grows: an IN list of 500 keys against 200 000 SIG events took
 * 10 s instead of 2 ms. The override is a Derby comment that PostgreSQL ignores (its planner
 * re-plans with the table's statistics).
 */
public final class IndexedLookup {

    private IndexedLookup() {
    }

    /** {@code table}, read through the index backing {@code constraint} (a primary key or unique constraint). */
    public static String throughConstraint(String table, String constraint) {
        return table + " --DERBY-PROPERTIES constraint=" + constraint + "\n";
    }

    /** {@code table}, read through the index {@code index}. */
    public static String throughIndex(String table, String index) {
        return table + " --DERBY-PROPERTIES index=" + index + "\n";
    }
}
