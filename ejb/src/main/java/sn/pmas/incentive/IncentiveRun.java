package sn.pmas.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A confirmed year of the incentive: the figures it was computed on, the entry that booked it and
 * the held cheque that pays the Ministry. Updates: none; deletion: none. One per fiscal year
 * (unique key): confirming again returns it.
 */
@Entity
@Table(name = "incentive_run")
public class IncentiveRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int year;
    @Column(name = "parameter_id", nullable = false, updatable = false)
    private long parameterId;
    @Column(name = "operating_result", nullable = false, updatable = false)
    private long operatingResult;
    @Column(name = "carried_losses", nullable = false, updatable = false)
    private long carriedLosses;
    @Column(name = "base_amount", nullable = false, updatable = false)
    private long base;
    @Column(name = "pool_amount", nullable = false, updatable = false)
    private long poolAmount;
    @Column(name = "hospital_amount", nullable = false, updatable = false)
    private long hospitalAmount;
    @Column(name = "other_amount", nullable = false, updatable = false)
    private long otherAmount;
    @Column(name = "booked_amount", nullable = false, updatable = false)
    private long bookedAmount;
    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;
    @Column(name = "cheque_id", updatable = false)
    private Long chequeId;
    @Column(name = "confirmed_on", nullable = false, updatable = false)
    private LocalDate confirmedOn;
    @Column(name = "confirmed_by", nullable = false, updatable = false)
    private String confirmedBy;
    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private Instant confirmedAt;

    protected IncentiveRun() {
    }

    IncentiveRun(IncentiveTable table, long entryId, long chequeId, LocalDate confirmedOn, String confirmedBy, Instant confirmedAt) {
        this.year = table.year();
        this.parameterId = table.parameterId();
        this.operatingResult = table.operatingResult();
        this.carriedLosses = table.carriedLosses();
        this.base = table.base();
        this.poolAmount = table.poolAmount();
        this.hospitalAmount = table.hospitalAmount();
        this.otherAmount = table.otherAmount();
        this.bookedAmount = table.sharedAmount();
        this.entryId = entryId;
        this.chequeId = chequeId;
        this.confirmedOn = confirmedOn;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    long parameterId() {
        return parameterId;
    }

    long operatingResult() {
        return operatingResult;
    }

    long carriedLosses() {
        return carriedLosses;
    }

    long poolAmount() {
        return poolAmount;
    }

    long hospitalAmount() {
        return hospitalAmount;
    }

    long otherAmount() {
        return otherAmount;
    }

    public long bookedAmount() {
        return bookedAmount;
    }

    public long entryId() {
        return entryId;
    }

    public Long chequeId() {
        return chequeId;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public String confirmedBy() {
        return confirmedBy;
    }
}
