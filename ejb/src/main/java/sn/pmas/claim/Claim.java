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
 * A claim validated for payment and charged to its principal's current account. It is paid once:
 * by the SIG's {@code CLAIM_PAID}, or by the cheque it was put in (docs/cheques.md), which it
 * leaves again if that cheque is voided; or it is cancelled before payment (SIG {@code CLAIM_CANCELLED}).
 * A forced claim records who forced it, when and why.
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
    @Column(name = "care_provider_party_id", updatable = false)
    private Long careProviderPartyId;
    @Column(name = "member_name", updatable = false)
    private String memberName;
    @Column(name = "invoice_ref", nullable = false, updatable = false)
    private String invoiceReference;
    @Column(name = "contract_ref", updatable = false)
    private String contract;
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
    @Enumerated(EnumType.STRING)
    @Column(name = "paid_by")
    private PaidBy paidBy;
    @Column(name = "cheque_id")
    private Long chequeId;
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
        this.careProviderPartyId = details.careProviderPartyId();
        this.invoiceReference = details.invoiceReference();
        this.contract = details.contract();
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

    /**
     * The ingestion and the treasury check first (claim.already-paid, claim.cancelled, claim.in-cheque):
     * reaching here otherwise is a bug.
     */
    private void requireOpen() {
        if (paidOn != null || cancelledOn != null || chequeId != null) {
            throw new IllegalStateException("claim " + reference + " is already paid, cancelled or in a cheque");
        }
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    /** Paid otherwise than by a cheque of the pool (e.g. by transfer), as the SIG reports it. */
    public void paid(LocalDate on, String reference) {
        requireOpen();
        this.paidOn = Objects.requireNonNull(on);
        this.paymentReference = Objects.requireNonNull(reference);
        this.paidBy = PaidBy.SIG;
    }

    public void putInCheque(long chequeId) {
        requireOpen();
        this.chequeId = chequeId;
    }

    /** Its cheque was released: the claim is paid by it. */
    public void paidByCheque(LocalDate on, String chequeReference) {
        if (chequeId == null || paidOn != null) {
            throw new IllegalStateException("claim " + reference + " is not waiting in a cheque");
        }
        this.paidOn = Objects.requireNonNull(on);
        this.paymentReference = Objects.requireNonNull(chequeReference);
        this.paidBy = PaidBy.CHEQUE;
    }

    /** Its cheque was voided or went stale: the claim is payable again. */
    public void leaveCheque() {
        if (chequeId == null) {
            throw new IllegalStateException("claim " + reference + " is in no cheque");
        }
        this.chequeId = null;
        this.paidOn = null;
        this.paymentReference = null;
        this.paidBy = null;
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

    public Long chequeId() {
        return chequeId;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public LocalDate invoiceReceivedOn() {
        return invoiceReceivedOn;
    }
}
