package sn.pmas.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The only code that writes journal entries, their lines and the period balances. A batch is
 * posted whole or not at all: the first rejected request rolls the transaction back.
 */
@Stateless
public class PostingService {

    /** Flushing in slices keeps the persistence context small when a batch holds thousands of entries. */
    private static final int FLUSH_EVERY = 250;
    static final int MAX_BATCH = 5_000;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** A manual entry: its source is the client's, and may not be one a sub-ledger owns. */
    public PostingResult post(PostingRequest request) throws LedgerException {
        return postAll(List.of(request)).get(0);
    }

    /** Manual entries, all or nothing; none may take a source a sub-ledger owns ({@link LedgerSource}). */
    public List<PostingResult> postAll(List<PostingRequest> requests) throws LedgerException {
        checkSize(requests);
        for (int i = 0; i < requests.size(); i++) {
            Optional<LedgerSource> reserved = LedgerSource.reserved(requests.get(i).source());
            if (reserved.isPresent()) {
                throw inBatch(new LedgerException(Rejection.SOURCE_RESERVED, "source", "La source "
                        + reserved.get().code() + " est réservée à " + reserved.get().owner()
                        + " : une écriture manuelle prend une autre source."), i, requests.size());
            }
        }
        return book(requests);
    }

    /** The entries of a sub-ledger, all or nothing: their source is the owner's, whatever the requests say. */
    public List<PostingResult> postAll(LedgerSource owner, List<PostingRequest> requests) throws LedgerException {
        checkSize(requests);
        return book(requests.stream().map(request -> request.withSource(owner.code())).toList());
    }

    private static void checkSize(List<PostingRequest> requests) throws LedgerException {
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new LedgerException(Rejection.FIELD_INVALID, "entries",
                    "Un lot compte de 1 à " + MAX_BATCH + " écritures (reçu : " + requests.size() + ").");
        }
    }

    private List<PostingResult> book(List<PostingRequest> requests) throws LedgerException {
        PostingRules rules = new PostingRules(BatchReferences.load(em, requests));
        Map<SourceKey, PriorEntry> prior = priorEntries(requests);
        BalanceBook balances = new BalanceBook();
        String postedBy = callerName();
        Instant postedAt = clock.instant();
        List<PostingResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            PostingRequest request = requests.get(i);
            SourceKey key = new SourceKey(request.source(), request.sourceReference());
            PriorEntry earlier = prior.get(key);
            if (earlier != null) {
                results.add(replay(earlier, request, i, requests.size()));
                continue;
            }
            ValidatedPosting posting = validate(rules, request, i, requests.size());
            JournalEntry entry = new JournalEntry(posting, null, postedBy, postedAt);
            em.persist(entry);
            prior.put(key, new PriorEntry(entry.id(), posting.contentHash()));
            balances.add(posting);
            results.add(new PostingResult(entry.id(), false));
            if (results.size() % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        balances.applyTo(em);
        return results;
    }

    /**
     * Posts the mirror image of an entry (debits become credits) on {@code date}, or on the
     * original date when none is given. An entry is reversed at most once, and a reversal is
     * not itself reversed: the accountant posts a new entry instead.
     */
    public PostingResult reverse(long entryId, LocalDate date, String reason) throws LedgerException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de l'extourne est obligatoire.");
        }
        JournalEntry original = em.find(JournalEntry.class, entryId);
        if (original == null) {
            throw new LedgerException(Rejection.ENTRY_NOT_FOUND, "entryId", "L'écriture n° " + entryId + " n'existe pas.");
        }
        if (original.reversesEntryId() != null) {
            throw new LedgerException(Rejection.ENTRY_IS_REVERSAL, "entryId",
                    "L'écriture n° " + entryId + " extourne déjà l'écriture n° " + original.reversesEntryId() + ".");
        }
        List<Long> existing = em.createQuery("select e.id from JournalEntry e where e.reversesEntryId = :id", Long.class)
                .setParameter("id", entryId).getResultList();
        if (!existing.isEmpty()) {
            throw new LedgerException(Rejection.ENTRY_ALREADY_REVERSED, "entryId",
                    "L'écriture n° " + entryId + " est déjà extournée par l'écriture n° " + existing.get(0) + ".");
        }
        PostingRequest mirror = mirrorOf(original, date == null ? original.entryDate() : date, reason);
        ValidatedPosting posting = new PostingRules(BatchReferences.load(em, List.of(mirror))).validate(mirror);
        JournalEntry reversal = new JournalEntry(posting, entryId, callerName(), clock.instant());
        em.persist(reversal);
        em.flush();
        BalanceBook balances = new BalanceBook();
        balances.add(posting);
        balances.applyTo(em);
        return new PostingResult(reversal.id(), false);
    }

    private PostingRequest mirrorOf(JournalEntry original, LocalDate date, String reason) {
        Map<Long, String> codes = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", original.lines().stream().map(JournalLine::accountId).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(Account::id, Account::code));
        return Reversals.of(original, codes, date, reason);
    }

    private static PostingResult replay(PriorEntry earlier, PostingRequest request, int index, int batchSize)
            throws LedgerException {
        if (!earlier.contentHash().equals(PostingRules.contentHash(request))) {
            throw inBatch(new LedgerException(Rejection.SOURCE_REFERENCE_CONFLICT, "sourceReference",
                    "La référence " + request.source() + "/" + request.sourceReference() + " a déjà été comptabilisée "
                            + "(écriture n° " + earlier.entryId() + ") avec un autre contenu."), index, batchSize);
        }
        return new PostingResult(earlier.entryId(), true);
    }

    private static ValidatedPosting validate(PostingRules rules, PostingRequest request, int index, int batchSize)
            throws LedgerException {
        try {
            return rules.validate(request);
        } catch (LedgerException rejection) {
            throw inBatch(rejection, index, batchSize);
        }
    }

    /** In a batch, the field names the entry too: {@code entries[12].lines[0].debit}. */
    private static LedgerException inBatch(LedgerException rejection, int index, int batchSize) {
        if (batchSize == 1) {
            return rejection;
        }
        String field = "entries[" + index + "]" + (rejection.field() == null ? "" : "." + rejection.field());
        return new LedgerException(rejection.rejection(), field, "Écriture " + (index + 1) + " du lot : " + rejection.getMessage());
    }

    private Map<SourceKey, PriorEntry> priorEntries(List<PostingRequest> requests) {
        Map<String, List<String>> referencesBySource = requests.stream()
                .filter(r -> r.source() != null && r.sourceReference() != null)
                .collect(Collectors.groupingBy(PostingRequest::source,
                        Collectors.mapping(PostingRequest::sourceReference, Collectors.toList())));
        Map<SourceKey, PriorEntry> prior = new HashMap<>();
        referencesBySource.forEach((source, references) -> {
            for (List<String> chunk : BatchReferences.chunks(references.stream().distinct().toList())) {
                em.createQuery("select e.id, e.sourceReference, e.contentHash from JournalEntry e "
                                + "where e.source = :source and e.sourceReference in :references", Object[].class)
                        .setParameter("source", source)
                        .setParameter("references", chunk)
                        .getResultList()
                        .forEach(row -> prior.put(new SourceKey(source, (String) row[1]),
                                new PriorEntry((Long) row[0], (String) row[2])));
            }
        });
        return prior;
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }

    private record SourceKey(String source, String reference) {
    }

    private record PriorEntry(long entryId, String contentHash) {
    }
}
