package sn.pmas.commission;

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

/** A confirmed quarterly run; the unique key (kind, quarter) makes it happen once. */
@Entity
@Table(name = "commission_run")
public class CommissionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private CommissionKind kind;
    @Column(name = "quarter", nullable = false, updatable = false)
    private String quarter;
    @Column(name = "booked_on", nullable = false, updatable = false)
    private LocalDate bookedOn;
    @Column(name = "entry_id")
    private Long entryId;
    @Column(name = "confirmed_by", nullable = false, updatable = false)
    private String confirmedBy;
    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private Instant confirmedAt;

    protected CommissionRun() {
    }

    CommissionRun(CommissionKind kind, String quarter, LocalDate bookedOn, String confirmedBy, Instant confirmedAt) {
        this.kind = kind;
        this.quarter = quarter;
        this.bookedOn = bookedOn;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    Long id() {
        return id;
    }

    void booked(long entry) {
        this.entryId = entry;
    }
}
