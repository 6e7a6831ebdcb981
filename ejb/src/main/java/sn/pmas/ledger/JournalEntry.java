package sn.pmas.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A posted journal entry: balanced, in an open period when posted, never changed afterwards
 * (every column is insert-only; the database refuses updates and deletes as well).
 * Guarantees: debits = credits = {@code totalAmount}; (source, sourceReference) is unique;
 * at most one entry reverses it.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;
    @Column(name = "journal_code", nullable = false, updatable = false)
    private String journalCode;
    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;
    @Column(name = "period_id", nullable = false, updatable = false)
    private int periodId;
    @Column(name = "source", nullable = false, updatable = false)
    private String source;
    @Column(name = "source_reference", nullable = false, updatable = false)
    private String sourceReference;
    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;
    @Column(name = "description", nullable = false, updatable = false)
    private String description;
    @Column(name = "total_amount", nullable = false, updatable = false)
    private long totalAmount;
    /** Declared up front: the database checks the balance when the last line arrives (V12). */
    @Column(name = "line_count", nullable = false, updatable = false)
    private short lineCount;
    @Column(name = "reverses_entry_id", updatable = false)
    private Long reversesEntryId;
    @Column(name = "posted_by", nullable = false, updatable = false)
    private String postedBy;
    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @ElementCollection
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderBy("lineNumber")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    JournalEntry(ValidatedPosting posting, Long reversesEntryId, String postedBy, Instant postedAt) {
        PostingRequest request = posting.request();
        this.journalCode = request.journalCode();
        this.entryDate = request.entryDate();
        this.periodId = posting.periodId();
        this.source = request.source();
        this.sourceReference = request.sourceReference();
        this.contentHash = posting.contentHash();
        this.description = request.description();
        this.totalAmount = posting.total();
        this.lineCount = (short) posting.lines().size();
        this.reversesEntryId = reversesEntryId;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        int number = 1;
        for (ValidatedLine line : posting.lines()) {
            lines.add(new JournalLine(number++, line, periodId, entryDate));
        }
    }

    public Long id() {
        return id;
    }

    public String journalCode() {
        return journalCode;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public String source() {
        return source;
    }

    public String sourceReference() {
        return sourceReference;
    }

    public Long reversesEntryId() {
        return reversesEntryId;
    }

    public List<JournalLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
