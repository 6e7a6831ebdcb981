package sn.pmas.ledger;

import sn.pmas.platform.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posted entries: one by id, or a journal's entries between two dates (journal listing). */
@Stateless
public class JournalQuery {

    public static final int MAX_PAGE_SIZE = 500;

    private static final String ENTRY_COLUMNS = "SELECT e.id, e.journal_code, e.entry_date, e.period_id, e.source, "
            + "e.source_reference, e.description, e.total_amount, e.reverses_entry_id, "
            + "(SELECT r.id FROM journal_entry r WHERE r.reverses_entry_id = e.id), e.posted_by, e.posted_at FROM journal_entry e ";

    @PersistenceContext
    private EntityManager em;

    public Optional<EntryView> entry(long id) {
        List<EntryView> entries = load(em.createNativeQuery(ENTRY_COLUMNS + "WHERE e.id = ?1").setParameter(1, id).getResultList());
        return entries.stream().findFirst();
    }

    /** The books of original entry, by code. */
    public List<JournalView> journals() {
        return em.createQuery("select j from Journal j order by j.code", Journal.class).getResultStream()
                .map(j -> new JournalView(j.code(), j.name())).toList();
    }

    /** The journal of the month's latest entry: where a reader of the month most likely wants to start. */
    public Optional<String> latestJournal(YearMonth month) {
        return em.createNativeQuery("SELECT journal_code FROM journal_entry WHERE period_id = ?1 ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, FiscalPeriod.idOf(month)).getResultStream().map(String.class::cast).findFirst();
    }

    /** The journal's entries between two dates in posting order, one page at a time. */
    public List<EntryView> listing(String journalCode, LocalDate from, LocalDate to, int page, int size) throws LedgerException {
        if (em.find(Journal.class, journalCode) == null) {
            throw new LedgerException(Rejection.JOURNAL_UNKNOWN, "journalCode", "Le journal " + journalCode + " n'existe pas.");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to", "Période attendue : from puis to, dans l'ordre (reçu : " + from + ", " + to + ").");
        }
        if (page < 0) {
            throw new LedgerException(Rejection.FIELD_INVALID, "page", "Numéro de page attendu à partir de 0 (reçu : " + page + ").");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new LedgerException(Rejection.FIELD_INVALID, "size", "Taille de page attendue de 1 à " + MAX_PAGE_SIZE + " (reçu : " + size + ").");
        }
        return load(em.createNativeQuery(ENTRY_COLUMNS
                        + "WHERE e.journal_code = ?1 AND e.entry_date >= ?2 AND e.entry_date <= ?3 "
                        + "ORDER BY e.entry_date, e.id OFFSET " + ((long) page * size) + " ROWS FETCH NEXT " + size + " ROWS ONLY")
                .setParameter(1, journalCode).setParameter(2, from).setParameter(3, to).getResultList());
    }

    private List<EntryView> load(List<?> entryRows) {
        if (entryRows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EntryView.Line>> linesByEntry = new LinkedHashMap<>();
        for (Object row : entryRows) {
            linesByEntry.put(SqlValues.longOf(((Object[]) row)[0]), new ArrayList<>());
        }
        for (List<Long> chunk : BatchReferences.chunks(linesByEntry.keySet())) {
            List<?> lineRows = em.createNativeQuery("SELECT l.entry_id, l.line_number, a.code, a.name, l.debit, l.credit, l.label "
                            + "FROM journal_line l JOIN account a ON a.id = l.account_id WHERE l.entry_id IN (?1) "
                            + "ORDER BY l.entry_id, l.line_number")
                    .setParameter(1, chunk).getResultList();
            for (Object row : lineRows) {
                Object[] c = (Object[]) row;
                linesByEntry.get(SqlValues.longOf(c[0])).add(new EntryView.Line((int) SqlValues.longOf(c[1]),
                        (String) c[2], (String) c[3], SqlValues.longOf(c[4]), SqlValues.longOf(c[5]), (String) c[6]));
            }
        }
        List<EntryView> entries = new ArrayList<>();
        for (Object row : entryRows) {
            Object[] c = (Object[]) row;
            long id = SqlValues.longOf(c[0]);
            entries.add(new EntryView(id, (String) c[1], SqlValues.dateOf(c[2]),
                    PostingRules.periodLabel((int) SqlValues.longOf(c[3])), (String) c[4], (String) c[5], (String) c[6],
                    SqlValues.longOf(c[7]), SqlValues.longOrNull(c[8]),
                    SqlValues.longOrNull(c[9]), (String) c[10], SqlValues.instantOf(c[11]),
                    List.copyOf(linesByEntry.get(id))));
        }
        return entries;
    }

}
