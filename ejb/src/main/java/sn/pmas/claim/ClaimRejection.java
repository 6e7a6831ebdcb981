package sn.pmas.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A provider's invoice the SIG rejected (event CLAIM_REJECTED). Updates: none; deletion: none. It
 * posts nothing: a rejected invoice is owed by no one. The providers' incentive reads it (rejection
 * rate: rejected ÷ invoiced).
 */
@Entity
@Table(name = "claim_rejection")
public class ClaimRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;
    @Column(name = "principal_party_id", nullable = false, updatable = false)
    private long principalPartyId;
    @Column(name = "provider_party_id", nullable = false, updatable = false)
    private long providerPartyId;
    @Column(name = "invoice_ref", nullable = false, updatable = false)
    private String invoiceReference;
    @Column(name = "care_month", nullable = false, updatable = false)
    private LocalDate careMonth;
    @Column(name = "invoice_received_on", nullable = false, updatable = false)
    private LocalDate invoiceReceivedOn;
    @Column(name = "rejected_on", nullable = false, updatable = false)
    private LocalDate rejectedOn;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Column(name = "reason", updatable = false)
    private String reason;
    @Column(name = "sig_event_id", nullable = false, updatable = false)
    private long sigEventId;

    protected ClaimRejection() {
    }

    ClaimRejection(RejectedClaim claim, long sigEventId) {
        this.reference = claim.reference();
        this.principalPartyId = claim.principalPartyId();
        this.providerPartyId = claim.providerPartyId();
        this.invoiceReference = claim.invoiceReference();
        this.careMonth = claim.careMonth().atDay(1);
        this.invoiceReceivedOn = claim.invoiceReceivedOn();
        this.rejectedOn = claim.rejectedOn();
        this.amount = claim.amount();
        this.reason = claim.reason();
        this.sigEventId = sigEventId;
    }

    public String reference() {
        return reference;
    }

    public long amount() {
        return amount;
    }
}
