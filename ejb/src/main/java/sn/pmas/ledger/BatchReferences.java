package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sn.pmas.platform.RowLocks;

/**
 * The reference data of one batch of postings, read once for the whole batch. Periods are read
 * with a shared lock held to the end of the transaction, so a period cannot be closed while
 * entries are being posted into it.
 */
final class BatchReferences implements PostingReferences {

    static final int IN_LIST_LIMIT = 500;

    private final Map<String, AccountRef> accounts = new HashMap<>();
    private final Map<Integer, PeriodRef> periods = new HashMap<>();
    private final Set<String> journals = new HashSet<>();

    /**
     * Read on the transaction's own connection, with plain JDBC: the persistence context flushed
     * first (an account created in the same transaction is found), then four short reads. Through
     * the query language they cost a single entry's posting more than its inserts (each IN list
     * translated again, each row made an entity and checked for changes at commit).
     */
    static BatchReferences load(EntityManager em, Connection connection, Collection<PostingRequest> requests) throws SQLException {
        Set<String> codes = new HashSet<>();
        Set<Integer> periodIds = new HashSet<>();
        for (PostingRequest request : requests) {
            if (request.entryDate() != null) {
                periodIds.add(FiscalPeriod.idOf(YearMonth.from(request.entryDate())));
            }
            for (PostingLine line : request.lines()) {
                if (line != null && line.accountCode() != null) {
                    codes.add(line.accountCode());
                }
            }
        }
        em.flush();
        BatchReferences references = new BatchReferences();
        for (List<String> chunk : chunks(codes)) {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, code, active, postable FROM account WHERE code IN ("
                    + placeholders(chunk.size()) + ")")) {
                bind(select, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        references.accounts.put(rows.getString(2), new AccountRef(rows.getLong(1), rows.getString(2), rows.getBoolean(3),
                                rows.getBoolean(4)));
                    }
                }
            }
        }
        String sharedLock = RowLocks.shared(connection);
        int latestClosedYear = periodIds.isEmpty() ? 0
                : latestClosedYearAfter(connection, sharedLock, periodIds.stream().mapToInt(id -> id / 100).min().orElseThrow());
        for (List<Integer> chunk : chunks(periodIds)) {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, state FROM fiscal_period WHERE id IN ("
                    + placeholders(chunk.size()) + ")" + sharedLock)) {
                bind(select, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        references.periods.put(rows.getInt(1), PeriodRef.of(rows.getInt(1),
                                FiscalPeriod.State.OPEN.name().equals(rows.getString(2)), latestClosedYear));
                    }
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT code FROM journal");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                references.journals.add(rows.getString(1));
            }
        }
        return references;
    }

    /**
     * The latest closed year after {@code year} (0 if none). The later years' rows are read with a
     * shared lock, so a year cannot close (its AN entries computed) while an earlier one takes a posting.
     */
    private static int latestClosedYearAfter(Connection connection, String sharedLock, int year) throws SQLException {
        int latest = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT fiscal_year, closed FROM fiscal_year WHERE fiscal_year > ?"
                + sharedLock)) {
            select.setInt(1, year);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(2)) {
                        latest = Math.max(latest, rows.getInt(1));
                    }
                }
            }
        }
        return latest;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static void bind(PreparedStatement select, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            select.setObject(i + 1, values.get(i));
        }
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T value : values) {
            current.add(value);
            if (current.size() == IN_LIST_LIMIT) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** Every account the batch names that exists. */
    Set<Long> accountIds() {
        return accounts.values().stream().map(AccountRef::id).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Map<String, AccountRef> accounts(Collection<String> codes) {
        Map<String, AccountRef> found = new HashMap<>();
        for (String code : codes) {
            AccountRef account = accounts.get(code);
            if (account != null) {
                found.put(code, account);
            }
        }
        return found;
    }

    @Override
    public Optional<PeriodRef> periodOn(LocalDate date) {
        return Optional.ofNullable(periods.get(FiscalPeriod.idOf(YearMonth.from(date))));
    }

    @Override
    public boolean journalExists(String journalCode) {
        return journals.contains(journalCode);
    }
}
