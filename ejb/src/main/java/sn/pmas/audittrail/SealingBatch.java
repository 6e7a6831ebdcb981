package sn.pmas.audittrail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import sn.pmas.platform.DatabaseMigrator;

/**
 * Seals up to {@value #BATCH} committed entries in one transaction of its own (docs/audit-trail.md):
 * locks the sealer's row, so that two sealers never number at once, reads the entries awaiting
 * their seal in id order, gives each the next number of its journal and year and its chained
 * hash, writes the seals and the chain heads, and takes the entries off the waiting list.
 */
@Stateless
@PermitAll
public class SealingBatch {

    static final int BATCH = 1000;

    private record Chain(int year, String journal) {
    }

    private record Head(long number, String hash, boolean stored) {
    }

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** @return how many entries this batch sealed: 0 when none awaits */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealNext() {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("UPDATE audit_sealer SET runs = runs + 1 WHERE id = 1")) {
                lock.executeUpdate();
            }
            long[] batch = nextBatch(connection);
            if (batch == null) {
                return 0;
            }
            List<List<JournalRow>> entries = new LedgerRows(connection).pending(batch[0], batch[1]);
            if (!entries.isEmpty()) {
                seal(connection, entries);
            }
            return entries.size();
        } catch (SQLException e) {
            throw new IllegalStateException("sealing the entries awaiting their seal failed", e);
        }
    }

    /** The first and last ids of the next {@value #BATCH} waiting entries (fewer when fewer wait), or null when none waits. */
    private static long[] nextBatch(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT entry_id FROM audit_pending ORDER BY entry_id FETCH FIRST " + BATCH + " ROWS ONLY");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long first = rows.getLong(1);
            long last = first;
            while (rows.next()) {
                last = rows.getLong(1);
            }
            return new long[] {first, last};
        }
    }

    private static void seal(Connection connection, List<List<JournalRow>> entries) throws SQLException {
        Map<Chain, Head> heads = new HashMap<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_seal (entry_id, fiscal_year, journal_code, "
                + "entry_number, previous_hash, entry_hash, sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement done = connection.prepareStatement("DELETE FROM audit_pending WHERE entry_id = ?")) {
            for (List<JournalRow> lines : entries) {
                JournalRow first = lines.getFirst();
                Chain chain = new Chain(first.date().getYear(), first.journal());
                Head head = heads.get(chain);
                if (head == null) {
                    head = storedHead(connection, chain);
                }
                long number = head.number() + 1;
                String hash = ChainHash.of(head.hash(), lines.stream().map(line -> line.numbered(number)).toList());
                insert.setLong(1, first.entryId());
                insert.setInt(2, chain.year());
                insert.setString(3, chain.journal());
                insert.setLong(4, number);
                insert.setString(5, head.hash());
                insert.setString(6, hash);
                insert.setTimestamp(7, now);
                insert.addBatch();
                done.setLong(1, first.entryId());
                done.addBatch();
                heads.put(chain, new Head(number, hash, head.stored()));
            }
            insert.executeBatch();
            done.executeBatch();
        }
        for (Map.Entry<Chain, Head> head : heads.entrySet()) {
            storeHead(connection, head.getKey(), head.getValue());
        }
    }

    private static Head storedHead(Connection connection, Chain chain) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT last_number, last_hash FROM audit_chain WHERE fiscal_year = ? AND journal_code = ?")) {
            query.setInt(1, chain.year());
            query.setString(2, chain.journal());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Head(rows.getLong(1), rows.getString(2), true) : new Head(0, ChainHash.GENESIS, false);
            }
        }
    }

    private static void storeHead(Connection connection, Chain chain, Head head) throws SQLException {
        String sql = head.stored()
                ? "UPDATE audit_chain SET last_number = ?, last_hash = ? WHERE fiscal_year = ? AND journal_code = ?"
                : "INSERT INTO audit_chain (last_number, last_hash, fiscal_year, journal_code) VALUES (?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setLong(1, head.number());
            write.setString(2, head.hash());
            write.setInt(3, chain.year());
            write.setString(4, chain.journal());
            write.executeUpdate();
        }
    }
}
