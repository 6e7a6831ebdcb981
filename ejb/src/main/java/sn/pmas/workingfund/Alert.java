package sn.pmas.workingfund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An alert about a principal's working fund, with who acknowledged and resolved it. */
@Entity
@Table(name = "principal_alert")
public class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "principal_party_id", nullable = false, updatable = false)
    private long principalPartyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false, updatable = false)
    private AlertType type;
    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Column(name = "message", nullable = false, updatable = false)
    private String message;
    /** Set once: a forced claim's alert is raised by the ledger's posting, then tied to the claim it booked. */
    @Column(name = "claim_id")
    private Long claimId;
    @Column(name = "entry_id", updatable = false)
    private Long entryId;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private AlertState state;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "comment")
    private String comment;
    @Version
    private long version;

    protected Alert() {
    }

    Alert(long principalPartyId, AlertType type, LocalDate raisedOn, Instant raisedAt, long amount, String message,
          Long claimId, Long entryId) {
        this.entryId = entryId;
        this.principalPartyId = principalPartyId;
        this.type = type;
        this.raisedOn = raisedOn;
        this.raisedAt = raisedAt;
        this.amount = amount;
        this.message = message;
        this.claimId = claimId;
        this.state = AlertState.OPEN;
    }

    /** @return false when the alert was already past this step */
    boolean acknowledge(String user, Instant at, String comment) {
        if (state != AlertState.OPEN) {
            return false;
        }
        state = AlertState.ACKNOWLEDGED;
        acknowledgedBy = user;
        acknowledgedAt = at;
        this.comment = comment;
        return true;
    }

    boolean resolve(String user, Instant at, String comment) {
        if (state == AlertState.RESOLVED) {
            return false;
        }
        state = AlertState.RESOLVED;
        resolvedBy = user;
        resolvedAt = at;
        this.comment = comment;
        return true;
    }

    public Long id() {
        return id;
    }

    public long principalPartyId() {
        return principalPartyId;
    }

    public AlertType type() {
        return type;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public long amount() {
        return amount;
    }

    public String message() {
        return message;
    }

    public Long claimId() {
        return claimId;
    }

    public Long entryId() {
        return entryId;
    }

    void concerns(long claimId) {
        if (this.claimId != null) {
            throw new IllegalStateException("alert " + id + " already concerns claim " + this.claimId);
        }
        this.claimId = claimId;
    }

    public AlertState state() {
        return state;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String comment() {
        return comment;
    }
}
