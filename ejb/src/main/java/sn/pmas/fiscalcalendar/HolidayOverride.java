package sn.pmas.fiscalcalendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The day a holiday was observed instead of its computed date, who said so and why. Never changed: a correction is a newer row. */
@Entity
@Table(name = "holiday_override")
public class HolidayOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holiday_key", nullable = false, updatable = false)
    private String holidayKey;
    @Column(name = "computed_date", nullable = false, updatable = false)
    private LocalDate computedDate;
    @Column(name = "observed_date", nullable = false, updatable = false)
    private LocalDate observedDate;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected HolidayOverride() {
    }

    HolidayOverride(String holidayKey, LocalDate computedDate, LocalDate observedDate, String reason, String recordedBy,
                    Instant recordedAt) {
        this.holidayKey = holidayKey;
        this.computedDate = computedDate;
        this.observedDate = observedDate;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public String holidayKey() {
        return holidayKey;
    }

    public LocalDate computedDate() {
        return computedDate;
    }

    public LocalDate observedDate() {
        return observedDate;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
