package sn.pmas.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import sn.pmas.platform.DatedVersion;

/** One dated version of a party's commission agreement; never changed, a new rate is a new version. */
@Entity
@Table(name = "commission_agreement")
public class CommissionAgreement implements DatedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;
    @Column(name = "rate", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal rate;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "comment", updatable = false)
    private String comment;

    protected CommissionAgreement() {
    }

    CommissionAgreement(long partyId, CommissionTerms terms, String recordedBy, Instant recordedAt) {
        this.partyId = partyId;
        this.validFrom = terms.validFrom();
        this.rate = terms.rate();
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

    RateVersion rateVersion() {
        return new RateVersion(id, validFrom, rate);
    }

    CommissionAgreementView view(String partyCode, String partyName, CommissionKind kind) {
        return new CommissionAgreementView(partyCode, partyName, kind, validFrom, rate, recordedBy, recordedAt, comment);
    }
}
