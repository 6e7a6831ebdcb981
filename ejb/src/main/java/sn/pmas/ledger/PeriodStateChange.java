package sn.pmas.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of closing and reopening periods: who, when and why. Insert-only. */
@Entity
@Table(name = "period_state_change")
public class PeriodStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "period_id", nullable = false, updatable = false)
    private int periodId;
    @Enumerated(EnumType.STRING)
    @Column(name = "new_state", nullable = false, updatable = false)
    private FiscalPeriod.State newState;
    @Column(name = "acted_by", nullable = false, updatable = false)
    private String actedBy;
    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;
    @Column(name = "reason", updatable = false)
    private String reason;

    protected PeriodStateChange() {
    }

    PeriodStateChange(FiscalPeriod period, String actedBy, Instant actedAt, String reason) {
        this.periodId = period.id();
        this.newState = period.state();
        this.actedBy = actedBy;
        this.actedAt = actedAt;
        this.reason = reason;
    }

    public FiscalPeriod.State newState() {
        return newState;
    }

    public String actedBy() {
        return actedBy;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public String reason() {
        return reason;
    }
}
