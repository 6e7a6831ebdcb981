package sn.pmas.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recorded version of the incentive's parameters. Updates: none (a new term is a new version,
 * as for principals' agreements); deletion: none. The version in force on a year's last day rules that year.
 */
@Entity
@Table(name = "incentive_parameter")
public class IncentiveParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private java.time.LocalDate validFrom;
    @Column(name = "surplus_rate", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal surplusRate;
    @Column(name = "hospital_part", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal hospitalPart;
    @Column(name = "deadline_days", nullable = false, updatable = false)
    private int deadlineDays;
    @Column(name = "deadline_weight", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal deadlineWeight;
    @Column(name = "rejection_weight", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal rejectionWeight;
    @Column(name = "direct_weight", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal directWeight;
    @Enumerated(EnumType.STRING)
    @Column(name = "share_rule", nullable = false, updatable = false)
    private ShareRule shareRule;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "comment", updatable = false)
    private String comment;

    protected IncentiveParameter() {
    }

    IncentiveParameter(IncentiveTerms terms, String recordedBy, Instant recordedAt) {
        this.validFrom = terms.validFrom();
        this.surplusRate = terms.surplusRate();
        this.hospitalPart = terms.hospitalPart();
        this.deadlineDays = terms.deadlineDays();
        this.deadlineWeight = terms.deadlineWeight();
        this.rejectionWeight = terms.rejectionWeight();
        this.directWeight = terms.directWeight();
        this.shareRule = terms.shareRule();
        this.comment = terms.comment() == null || terms.comment().isBlank() ? null : terms.comment().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public IncentiveTerms terms() {
        return new IncentiveTerms(validFrom, surplusRate, hospitalPart, deadlineDays, deadlineWeight, rejectionWeight, directWeight,
                shareRule, comment);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
