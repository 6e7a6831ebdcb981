package sn.pmas.workingfund;

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
import java.time.LocalDate;
import sn.pmas.platform.DatedVersion;

/**
 * One dated version of a principal's agreement. Versions are never changed: a new term is a new
 * version, so the history is complete (who recorded what, when, from which date).
 */
@Entity
@Table(name = "principal_agreement")
public class PrincipalAgreement implements DatedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;
    @Column(name = "target_level", nullable = false, updatable = false)
    private long targetLevel;
    @Column(name = "floor_amount", updatable = false)
    private Long floorAmount;
    @Column(name = "floor_days", updatable = false)
    private Integer floorDays;
    @Column(name = "single_claim_limit", nullable = false, updatable = false)
    private long singleClaimLimit;
    @Column(name = "fee_rate", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal feeRate;
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_base", nullable = false, updatable = false)
    private FeeBase feeBase;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "comment", updatable = false)
    private String comment;

    protected PrincipalAgreement() {
    }

    PrincipalAgreement(long partyId, AgreementTerms terms, String recordedBy, Instant recordedAt) {
        this.partyId = partyId;
        this.validFrom = terms.validFrom();
        this.targetLevel = terms.targetLevel();
        this.floorAmount = terms.floorAmount();
        this.floorDays = terms.floorDays();
        this.singleClaimLimit = terms.singleClaimLimit();
        this.feeRate = terms.feeRate();
        this.feeBase = terms.feeBase();
        this.comment = terms.comment() == null || terms.comment().isBlank() ? null : terms.comment().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Long id() {
        return id;
    }

    public long partyId() {
        return partyId;
    }

    @Override
    public LocalDate validFrom() {
        return validFrom;
    }

    public long targetLevel() {
        return targetLevel;
    }

    public Long floorAmount() {
        return floorAmount;
    }

    public Integer floorDays() {
        return floorDays;
    }

    public long singleClaimLimit() {
        return singleClaimLimit;
    }

    public BigDecimal feeRate() {
        return feeRate;
    }

    public FeeBase feeBase() {
        return feeBase;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String comment() {
        return comment;
    }
}
