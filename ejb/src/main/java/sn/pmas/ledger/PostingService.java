package sn.pmas.ledger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import sn.pmas.platform.DatabaseMigrator;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * The only code that writes journal entries, their lines and the period balances. A batch is
 * posted whole or not at all: the first rejected request rolls the transaction back. Every
 * posting, whatever its path (manual, batch, sub-ledger, reversal), passes the same funds check:
 * no principal's current account goes below zero unless an administrator forces it.
 */
@Stateless
@PermitAll
public class PostingService {

    /** Flushing in slices keeps the persistence context small when a batch holds thousands of entries. */
    private static final int FLUSH_EVERY = 250;
    static final int MAX_BATCH = 5_000;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;
    @Inject
    private FundsGuard funds;
    @Inject
    @Any
    private Instance<EntryOwner> owners;

    private final Clock clock = Clock.systemUTC();

    /** A manual entry: its source is the client's, and may not be one a sub-ledger owns. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PostingResult post(PostingRequest request) throws LedgerException {
        return postAll(List.of(request)).get(0);
    }

    /** A manual entry that an administrator may force beyond a principal's funds ({@code override} null: not forced). */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PostingResult post(PostingRequest request, FundsOverride override) throws LedgerException {
        checkManual(List.of(request));
        return book(List.of(request), override == null ? Map.of() : Map.of(0, override)).get(0);
    }

    /** Manual entries, all or nothing; none may take a source a sub-ledger owns ({@link LedgerSource}). */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<PostingResult> postAll(List<PostingRequest> requests) throws LedgerException {
        checkManual(requests);
        return book(requests, Map.of());
    }

    /** The entries of a sub-ledger, all or nothing: their source is the owner's, whatever the requests say. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<PostingResult> postAll(LedgerSource owner, List<PostingRequest> requests) throws LedgerException {
        return postAll(owner, requests, Map.of());
    }

    /**
     * The entries of a sub-ledger, some of which an administrator may force beyond a principal's funds.
     *
     * @param overrides an administrator's decision to go beyond a principal's funds, by request index
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<PostingResult> postAll(LedgerSource owner, List<PostingRequest> requests, Map<Integer, FundsOverride> overrides)
            throws LedgerException {
        checkSize(requests);
        return book(requests.stream().map(request -> request.withSource(owner.code())).toList(), overrides);
    }

    private void checkManual(List<PostingRequest> requests) throws LedgerException {
        checkSize(requests);
        for (int i = 0; i < requests.size(); i++) {
            Optional<LedgerSource> reserved = LedgerSource.reserved(requests.get(i).source());
            if (reserved.isPresent()) {
                throw inBatch(new LedgerException(Rejection.SOURCE_RESERVED, "source", "La source "
                        + reserved.get().code() + " est réservée à " + reserved.get().owner()
                        + " : une écriture manuelle prend une autre source."), i, requests.size());
            }
            if (requests.get(i).eventType() != null) {
                throw inBatch(new LedgerException(Rejection.SOURCE_RESERVED, "eventType", "Le type d'événement est donné par "
                        + "le sous-journal qui passe l'écriture : une écriture manuelle n'en porte pas."), i, requests.size());
            }
        }
    }

    private static void checkSize(List<PostingRequest> requests) throws LedgerException {
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new LedgerException(Rejection.FIELD_INVALID, "entries",
                    "Un lot compte de 1 à " + MAX_BATCH + " écritures (reçu : " + requests.size() + ").");
        }
    }

    private List<PostingResult> book(List<PostingRequest> requests, Map<Integer, FundsOverride> overrides) throws LedgerException {
        BatchReferences references = references(requests);
        PostingRules rules = new PostingRules(references);
        FundsCheck fundsCheck = fundsCheck(references);
        Map<SourceKey, PriorEntry> prior = priorEntries(requests);
        BalanceBook balances = new BalanceBook();
        CurrentAccountBook statementLines = new CurrentAccountBook(fundsCheck.currentAccounts());
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
            List<FundsCheck.Shortfall> shortfalls = checkFunds(fundsCheck, posting, overrides.get(i), i, requests.size());
            JournalEntry entry = new JournalEntry(posting, null, postedBy, postedAt);
            em.persist(entry);
            recordForced(entry, shortfalls, overrides.get(i), postedBy, postedAt);
            prior.put(key, new PriorEntry(entry.id(), posting.contentHash()));
            balances.add(posting);
            statementLines.add(entry.id(), posting, null);
            results.add(new PostingResult(entry.id(), false, !shortfalls.isEmpty()));
            if (results.size() % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        applyBooks(balances, statementLines);
        return results;
    }

    /**
     * Posts the mirror image of an entry (debits become credits) on {@code date}, or on the
     * original date when none is given. An entry is reversed at most once, and a reversal is
     * not itself reversed: the accountant posts a new entry instead. An entry booked by a
     * sub-ledger is undone through it ({@link EntryOwner}), never here.
     *
     * @param override an administrator's decision to go beyond a principal's funds, or null
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PostingResult reverse(long entryId, LocalDate date, String reason, FundsOverride override) throws LedgerException {
        JournalEntry original = existing(entryId);
        for (EntryOwner owner : owners) {
            Optional<String> undoneBy = owner.undoneBy(original.source(), original.sourceReference());
            if (undoneBy.isPresent()) {
                throw new LedgerException(Rejection.ENTRY_OWNED_BY_SUBLEDGER, "entryId", "L'écriture n° " + entryId
                        + " a été passée par un sous-journal (" + original.source() + " " + original.sourceReference()
                        + ") : l'extourner ici désaccorderait son registre et le grand livre. " + undoneBy.get());
            }
        }
        return postReversal(reversible(original, reason), date, reason, null, override);
    }

    /**
     * The reversal a sub-ledger posts when it undoes one of its own entries (a cancelled claim),
     * in the transaction that updates its register.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PostingResult reverseOwnEntry(LedgerSource owner, long entryId, LocalDate date, String reason) throws LedgerException {
        return reverseOwnEntry(owner, entryId, date, reason, null);
    }

    /** As {@link #reverseOwnEntry(LedgerSource, long, LocalDate, String)}, for the sub-ledger event {@code eventType} (a SIG's CLAIM_CANCELLED). */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PostingResult reverseOwnEntry(LedgerSource owner, long entryId, LocalDate date, String reason, String eventType)
            throws LedgerException {
        JournalEntry original = existing(entryId);
        if (!original.source().equals(owner.code())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "entryId",
                    "L'écriture n° " + entryId + " n'a pas été passée par " + owner.code() + ".");
        }
        return postReversal(reversible(original, reason), date, reason, eventType, null);
    }

    private JournalEntry existing(long entryId) throws LedgerException {
        JournalEntry entry = em.find(JournalEntry.class, entryId);
        if (entry == null) {
            throw new LedgerException(Rejection.ENTRY_NOT_FOUND, "entryId", "L'écriture n° " + entryId + " n'existe pas.");
        }
        return entry;
    }

    /** The entry, once a reason is given and it is neither a reversal nor reversed already. */
    private JournalEntry reversible(JournalEntry original, String reason) throws LedgerException {
        long entryId = original.id();
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de l'extourne est obligatoire.");
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
        return original;
    }

    private PostingResult postReversal(JournalEntry original, LocalDate date, String reason, String eventType, FundsOverride override)
            throws LedgerException {
        PostingRequest mirror = mirrorOf(original, date == null ? original.entryDate() : date, reason, eventType);
        BatchReferences references = references(List.of(mirror));
        ValidatedPosting posting = new PostingRules(references).validate(mirror);
        FundsCheck fundsCheck = fundsCheck(references);
        List<FundsCheck.Shortfall> shortfalls = fundsCheck.apply(posting, override);
        String postedBy = callerName();
        Instant postedAt = clock.instant();
        JournalEntry reversal = new JournalEntry(posting, original.id(), postedBy, postedAt);
        em.persist(reversal);
        recordForced(reversal, shortfalls, override, postedBy, postedAt);
        em.flush();
        BalanceBook balances = new BalanceBook();
        balances.add(posting);
        CurrentAccountBook statementLines = new CurrentAccountBook(fundsCheck.currentAccounts());
        statementLines.add(reversal.id(), posting, original.source());
        applyBooks(balances, statementLines);
        return new PostingResult(reversal.id(), false, !shortfalls.isEmpty());
    }

    /** On the transaction's own connection: the container hands the same one to every user of the data source within it. */
    private BatchReferences references(List<PostingRequest> requests) {
        try (Connection connection = dataSource.getConnection()) {
            return BatchReferences.load(em, connection, requests);
        } catch (SQLException failure) {
            throw new PersistenceException("posting references not read", failure);
        }
    }

    /** On the transaction's own connection, as {@link #references}. */
    private void applyBooks(BalanceBook balances, CurrentAccountBook statementLines) {
        try (Connection connection = dataSource.getConnection()) {
            balances.applyTo(connection);
            statementLines.applyTo(connection);
        } catch (SQLException failure) {
            throw new PersistenceException("balance rows or current-account lines not written", failure);
        }
    }

    /** Locks the principals whose current accounts the request names, and reads their funds. */
    private FundsCheck fundsCheck(BatchReferences references) {
        return new FundsCheck(funds.lockFunds(references.accountIds()), session.isCallerInRole(Roles.ADMIN));
    }

    private static List<FundsCheck.Shortfall> checkFunds(FundsCheck check, ValidatedPosting posting, FundsOverride override,
                                                         int index, int batchSize) throws LedgerException {
        try {
            return check.apply(posting, override);
        } catch (LedgerException rejection) {
            throw inBatch(rejection, index, batchSize);
        }
    }

    /** Who forced the entry beyond whose funds, when and why: kept beside the entry, and the pool is warned. */
    private void recordForced(JournalEntry entry, List<FundsCheck.Shortfall> shortfalls, FundsOverride override,
                              String forcedBy, Instant forcedAt) {
        if (shortfalls.isEmpty()) {
            return;
        }
        em.flush(); // the override row refers to the entry
        for (FundsCheck.Shortfall shortfall : shortfalls) {
            em.createNativeQuery("INSERT INTO funds_override (entry_id, account_id, shortfall, reason, forced_by, forced_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, entry.id())
                    .setParameter(2, shortfall.accountId())
                    .setParameter(3, shortfall.amount())
                    .setParameter(4, override.reason())
                    .setParameter(5, forcedBy)
                    .setParameter(6, java.sql.Timestamp.from(forcedAt))
                    .executeUpdate();
            funds.forced(new ForcedPosting(entry.id(), entry.source(), entry.sourceReference(), entry.entryDate(),
                    shortfall.principal().principalPartyId(), shortfall.principal().principalCode(), shortfall.amount(),
                    override.reason(), forcedBy, forcedAt));
        }
    }

    private PostingRequest mirrorOf(JournalEntry original, LocalDate date, String reason, String eventType) {
        Map<Long, String> codes = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", original.lines().stream().map(JournalLine::accountId).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(Account::id, Account::code));
        return Reversals.of(original, codes, date, reason, eventType);
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
                List<?> rows = em.createNativeQuery("SELECT id, source_reference, content_hash FROM "
                                + IndexedLookup.throughConstraint("journal_entry", "uq_entry_source")
                                + "WHERE source_reference IN (?1) AND source = ?2")
                        .setParameter(1, chunk)
                        .setParameter(2, source)
                        .getResultList();
                rows.forEach(row -> {
                    Object[] columns = (Object[]) row;
                    prior.put(new SourceKey(source, (String) columns[1]), new PriorEntry(SqlValues.longOf(columns[0]), (String) columns[2]));
                });
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
