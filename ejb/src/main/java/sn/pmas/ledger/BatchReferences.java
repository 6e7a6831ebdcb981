package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    static BatchReferences load(EntityManager em, Collection<PostingRequest> requests) {
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
        BatchReferences references = new BatchReferences();
        for (List<String> chunk : chunks(codes)) {
            em.createQuery("select a from Account a where a.code in :codes", Account.class)
                    .setParameter("codes", chunk)
                    .getResultList()
                    .forEach(account -> references.accounts.put(account.code(), account.ref()));
        }
        int latestClosedYear = periodIds.isEmpty() ? 0 : latestClosedYearAfter(em, periodIds.stream().mapToInt(id -> id / 100).min().orElseThrow());
        for (List<Integer> chunk : chunks(periodIds)) {
            em.createQuery("select p from FiscalPeriod p where p.id in :ids", FiscalPeriod.class)
                    .setParameter("ids", chunk)
                    .setLockMode(LockModeType.PESSIMISTIC_READ)
                    .getResultList()
                    .forEach(period -> references.periods.put(period.id(), period.ref(latestClosedYear)));
        }
        references.journals.addAll(em.createQuery("select j.code from Journal j", String.class).getResultList());
        return references;
    }

    /**
     * The latest closed year after {@code year} (0 if none). The later years' rows are read with a
     * shared lock, so a year cannot close (its AN entries computed) while an earlier one takes a posting.
     */
    private static int latestClosedYearAfter(EntityManager em, int year) {
        return em.createQuery("select y from FiscalYear y where y.year > :year", FiscalYear.class)
                .setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream().filter(FiscalYear::closed).mapToInt(FiscalYear::year).max().orElse(0);
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
