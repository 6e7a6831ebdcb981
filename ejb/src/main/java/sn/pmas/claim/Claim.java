package sn.pmas.claim;

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
import java.util.Objects;

/**
 * A claim validated for payment and charged to its principal's current account. Its only change
 * is to become paid or cancelled, once; a forced claim records who forced it, when and why.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;
    @Column(name = "principal_party_id", nullable = false, updatable = false)
    private long principalPartyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind", nullable = false, updatable = false)
    private PayeeKind payeeKind;
    @Column(name = "provider_party_id", updatable = false)
    private Long providerPartyId;
    @Column(name = "member_name", updatable = false)
    private String memberName;
    @Column(name = "invoice_ref", nullable = false, updatable = false)
    private String invoiceReference;
    @Column(name = "care_month", nullable = false, updatable = false)
    private LocalDate careMonth;
    @Column(name = "invoice_received_on", nullable = false, updatable = false)
    private LocalDate invoiceReceivedOn;
    @Column(name = "validated_on", nullable = false, updatable = false)
    private LocalDate validatedOn;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Column(name = "medical_validation", nullable = false, updatable = false)
    private boolean medicalValidation;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "payment_reference")
    private String paymentReference;
    @Column(name = "forced_by", updatable = false)
    private String forcedBy;
    @Column(name = "forced_at", updatable = false)
    private Instant forcedAt;
    @Column(name = "forced_reason", updatable = false)
    private String forcedReason;
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;
    @Column(name = "cancellation_reference")
    private String cancellationReference;
    @Column(name = "sig_event_id", nullable = false, updatable = false)
    private long sigEventId;
    @Version
    private long version;

    protected Claim() {
    }

    public Claim(ClaimDetails details, long sigEventId) {
        this.reference = details.reference();
        this.principalPartyId = details.principalPartyId();
        this.payeeKind = details.providerPartyId() == null ? PayeeKind.MEMBER : PayeeKind.PROVIDER;
        this.providerPartyId = details.providerPartyId();
        this.memberName = details.memberName();
        this.invoiceReference = details.invoiceReference();
        this.careMonth = details.careMonth().atDay(1);
        this.invoiceReceivedOn = details.invoiceReceivedOn();
        this.validatedOn = details.validatedOn();
        this.amount = details.amount();
        this.medicalValidation = details.medicalValidation();
        this.sigEventId = sigEventId;
    }

    /** Forcing is decided before the claim is stored: it is part of how the claim came to be booked. */
    public void forcedBy(String user, Instant at, String reason) {
        this.forcedBy = Objects.requireNonNull(user);
        this.forcedAt = Objects.requireNonNull(at);
        this.forcedReason = Objects.requireNonNull(reason);
    }

    /** Withdrawn before payment (SIG event CLAIM_CANCELLED): it will never be paid. */
    public void cancelled(LocalDate on, String reference) {
        requireOpen();
        this.cancelledOn = Objects.requireNonNull(on);
        this.cancellationReference = Objects.requireNonNull(reference);
    }

    /** The ingestion checks first (claim.already-paid, claim.cancelled): reaching here otherwise is a bug. */
    private void requireOpen() {
        if (paidOn != null || cancelledOn != null) {
            throw new IllegalStateException("claim " + reference + " is already paid or cancelled");
        }
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public void paid(LocalDate on, String reference) {
        requireOpen();
        this.paidOn = Objects.requireNonNull(on);
        this.paymentReference = Objects.requireNonNull(reference);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long principalPartyId() {
        return principalPartyId;
    }

    public PayeeKind payeeKind() {
        return payeeKind;
    }

    public Long providerPartyId() {
        return providerPartyId;
    }

    public String memberName() {
        return memberName;
    }

    public LocalDate validatedOn() {
        return validatedOn;
    }

    public long amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }
}
