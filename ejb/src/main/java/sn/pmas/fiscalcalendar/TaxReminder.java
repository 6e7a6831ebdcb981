package sn.pmas.fiscalcalendar;

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

/** A reminder of a deadline, raised once per occurrence, deadline and kind (unique key uq_tax_reminder). */
@Entity
@Table(name = "tax_reminder")
public class TaxReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline", nullable = false, updatable = false)
    private Deadline deadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ReminderKind kind;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;
    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    protected TaxReminder() {
    }

    TaxReminder(long occurrenceId, Deadline deadline, ReminderKind kind, LocalDate dueOn, LocalDate raisedOn, Instant raisedAt) {
        this.occurrenceId = occurrenceId;
        this.deadline = deadline;
        this.kind = kind;
        this.dueOn = dueOn;
        this.raisedOn = raisedOn;
        this.raisedAt = raisedAt;
    }

    public Long id() {
        return id;
    }

    public long occurrenceId() {
        return occurrenceId;
    }

    public Deadline deadline() {
        return deadline;
    }

    public ReminderKind kind() {
        return kind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
