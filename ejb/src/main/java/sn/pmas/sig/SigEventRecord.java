package sn.pmas.sig;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A SIG event as booked: its reference is unique, its content hash tells a replay from a conflict. */
@Entity
@Table(name = "sig_event")
public class SigEventRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "source_reference", nullable = false, updatable = false)
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private EventType type;
    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate date;
    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;
    @Column(name = "entry_id", updatable = false)
    private Long entryId;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected SigEventRecord() {
    }

    SigEventRecord(String reference, EventType type, LocalDate date, String contentHash, Long entryId, String receivedBy,
                   Instant receivedAt) {
        this.reference = reference;
        this.type = type;
        this.date = date;
        this.contentHash = contentHash;
        this.entryId = entryId;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    EventType type() {
        return type;
    }

    String contentHash() {
        return contentHash;
    }

    Long entryId() {
        return entryId;
    }
}
