package sn.pmas.yearend;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.SqlValues;

/**
 * The year-end's register beside the ledger: closing and reopening events, allocations, and the
 * entries each closing booked (found by their source references, which say the year and the
 * closing's number: {@code CLOTURE-2025-1-1}, {@code AN-2026-1-1}, {@code AFFECTATION-2025}).
 */
final class YearEndBook {

    static final String ACTION_CLOSED = "CLOSED";
    static final String ACTION_REOPENED = "REOPENED";

    private final EntityManager em;

    YearEndBook(EntityManager em) {
        this.em = em;
    }

    /** The references of a closing's entries of 31 December start with this; the part number follows. */
    static String closingPrefix(int year, int closing) {
        return "CLOTURE-" + year + "-" + closing + "-";
    }

    /** The references of a closing's AN entries of 1 January of the next year start with this. */
    static String openingPrefix(int year, int closing) {
        return "AN-" + (year + 1) + "-" + closing + "-";
    }

    static String allocationReference(int year) {
        return "AFFECTATION-" + year;
    }

    List<YearEndStatus.Event> history(int year) {
        return em.createNativeQuery("SELECT sequence_number, action, result_amount, acted_by, acted_at, reason FROM year_closing_event "
                        + "WHERE fiscal_year = ?1 ORDER BY sequence_number")
                .setParameter(1, year).getResultList().stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new YearEndStatus.Event((int) SqlValues.longOf(c[0]), (String) c[1], SqlValues.longOf(c[2]), (String) c[3],
                            SqlValues.instantOf(c[4]), (String) c[5]);
                }).toList();
    }

    /** How many times the year was closed: the current closing's number once it is closed. */
    int closings(int year) {
        return (int) history(year).stream().filter(e -> ACTION_CLOSED.equals(e.action())).count();
    }

    void record(int year, String action, long result, String actedBy, Instant actedAt, String reason) {
        em.createNativeQuery("INSERT INTO year_closing_event (fiscal_year, sequence_number, action, result_amount, acted_by, acted_at, reason) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, year).setParameter(2, history(year).size() + 1).setParameter(3, action).setParameter(4, result)
                .setParameter(5, actedBy).setParameter(6, Timestamp.from(actedAt)).setParameter(7, reason)
                .executeUpdate();
    }

    Optional<YearEndStatus.Allocation> allocation(int year) {
        return em.createNativeQuery("SELECT approved_on, result_amount, reserves_amount, decided_amount, decided_account, "
                        + "carried_amount, entry_id FROM result_allocation WHERE fiscal_year = ?1")
                .setParameter(1, year).getResultList().stream().findFirst().map(row -> {
                    Object[] c = (Object[]) row;
                    return new YearEndStatus.Allocation(SqlValues.dateOf(c[0]), SqlValues.longOf(c[1]), SqlValues.longOf(c[2]),
                            SqlValues.longOf(c[3]), (String) c[4], SqlValues.longOf(c[5]), SqlValues.longOf(c[6]));
                });
    }

    void recordAllocation(int year, LocalDate approvedOn, ResultAllocation allocation, long entryId, String recordedBy, Instant at) {
        em.createNativeQuery("INSERT INTO result_allocation (fiscal_year, approved_on, result_amount, reserves_amount, decided_amount, "
                        + "decided_account, carried_amount, entry_id, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, year).setParameter(2, approvedOn).setParameter(3, allocation.result())
                .setParameter(4, allocation.reserves()).setParameter(5, allocation.decided()).setParameter(6, allocation.decidedAccount())
                .setParameter(7, allocation.carried()).setParameter(8, entryId).setParameter(9, recordedBy)
                .setParameter(10, Timestamp.from(at))
                .executeUpdate();
    }

    /** The year-end's entries under a reference prefix that are not reversed, oldest first. */
    List<Long> unreversedEntries(String referencePrefix) {
        return em.createNativeQuery("SELECT e.id FROM journal_entry e WHERE e.source = ?1 AND e.source_reference LIKE ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id) ORDER BY e.id")
                .setParameter(1, LedgerSource.YEAR_END.code()).setParameter(2, referencePrefix + "%")
                .getResultList().stream().map(SqlValues::longOf).toList();
    }

    /** What the unreversed entries under a reference prefix moved, by account. */
    Map<Long, LedgerTotals.Totals> linesOf(String referencePrefix) {
        Map<Long, LedgerTotals.Totals> totals = new HashMap<>();
        em.createNativeQuery("SELECT l.account_id, SUM(l.debit), SUM(l.credit) FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id "
                        + "WHERE e.source = ?1 AND e.source_reference LIKE ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id) GROUP BY l.account_id")
                .setParameter(1, LedgerSource.YEAR_END.code()).setParameter(2, referencePrefix + "%")
                .getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    totals.put(SqlValues.longOf(c[0]), new LedgerTotals.Totals(SqlValues.longOf(c[1]), SqlValues.longOf(c[2])));
                });
        return totals;
    }

    /** The statutes' share of an excess for reserves on the date (pool_parameter, dated). */
    int reservePercent(LocalDate on) throws YearEndException {
        List<?> rows = em.createNativeQuery("SELECT amount FROM pool_parameter WHERE name = 'RESERVE_SHARE_PERCENT' AND valid_from = "
                        + "(SELECT MAX(valid_from) FROM pool_parameter WHERE name = 'RESERVE_SHARE_PERCENT' AND valid_from <= ?1)")
                .setParameter(1, on).getResultList();
        if (rows.isEmpty()) {
            throw new YearEndException(YearEndRejection.ALLOCATION_INVALID, "approvedOn",
                    "Aucune part statutaire des réserves (RESERVE_SHARE_PERCENT) en vigueur le " + on + ".");
        }
        return (int) SqlValues.longOf(rows.get(0));
    }
}
