package sn.pmas.audittrail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.DatabaseMigrator;

/**
 * Verifies a year's chains (docs/audit-trail.md): seals what awaits first, then recomputes every
 * hash from the entries and lines as they are now, in one streamed read, and compares each chain's
 * end with the head the sealer stored; last, looks for entries of the year that neither carry a
 * seal nor await one. Keeps the progress of each running verification for the page.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ChainVerifier {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;
    @EJB
    private ChainSealer sealer;
    @EJB
    private FiscalCalendarService calendar;

    /** year → {entries checked, entries sealed}, while its verification runs. */
    private final Map<Integer, AtomicLongArray> running = new ConcurrentHashMap<>();

    public ChainReport verify(int year) throws LedgerException {
        AuditedYear.require(calendar, year);
        sealer.sealAll();
        AtomicLongArray progress = new AtomicLongArray(2);
        running.put(year, progress);
        try (Connection connection = dataSource.getConnection()) {
            progress.set(1, count(connection, "SELECT COUNT(*) FROM audit_seal WHERE fiscal_year = ?", year, false));
            ChainWalk walk = new ChainWalk(progress);
            new LedgerRows(connection).sealed(year, walk::entry);
            return walk.report(year, LocalDateTime.now(), heads(connection, year), unsealed(connection, year));
        } catch (SQLException e) {
            throw new IllegalStateException("verifying the chains of " + year + " failed", e);
        } finally {
            running.remove(year, progress);
        }
    }

    public VerificationProgress progress(int year) {
        AtomicLongArray progress = running.get(year);
        return progress == null ? new VerificationProgress(year, false, 0, 0)
                : new VerificationProgress(year, true, progress.get(0), progress.get(1));
    }

    private static List<ChainSummary> heads(Connection connection, int year) throws SQLException {
        List<ChainSummary> heads = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT journal_code, last_number, last_hash FROM audit_chain "
                + "WHERE fiscal_year = ? ORDER BY journal_code")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    heads.add(new ChainSummary(rows.getString(1), rows.getLong(2), rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return heads;
    }

    /** The first entry of the year (by id) with no seal that does not await one either: written around the ledger. */
    private static ChainBreak unsealed(Connection connection, int year) throws SQLException {
        long entries = count(connection, "SELECT COUNT(*) FROM journal_entry WHERE period_id BETWEEN ? AND ?", year, true);
        long sealed = count(connection, "SELECT COUNT(*) FROM audit_seal WHERE fiscal_year = ?", year, false);
        long waiting = count(connection, "SELECT COUNT(*) FROM audit_pending p JOIN journal_entry e ON e.id = p.entry_id "
                + "WHERE e.period_id BETWEEN ? AND ?", year, true);
        if (entries == sealed + waiting) {
            return null;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.journal_code FROM journal_entry e "
                + "WHERE e.period_id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id) "
                + "AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.entry_id = e.id) ORDER BY e.id FETCH FIRST 1 ROWS ONLY")) {
            query.setInt(1, year * 100 + 1);
            query.setInt(2, year * 100 + 12);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null; // sealed between the counts
                }
                long id = rows.getLong(1);
                return new ChainBreak(rows.getString(2), 0, id, ChainBreak.UNSEALED, "L'écriture " + id + " du journal "
                        + rows.getString(2) + " n'a ni numéro ni empreinte : elle a été écrite hors du grand livre.");
            }
        }
    }

    private static long count(Connection connection, String sql, int year, boolean periods) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (periods) {
                query.setInt(1, year * 100 + 1);
                query.setInt(2, year * 100 + 12);
            } else {
                query.setInt(1, year);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
