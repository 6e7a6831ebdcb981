package sn.pmas.premium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A quittance of the premium register. Never changed: collections, cancellations and refunds are movements. */
@Entity
@Table(name = "premium")
public class Premium {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;
    @Column(name = "contract_ref", nullable = false, updatable = false)
    private String contractReference;
    @Column(name = "insurer_party_id", nullable = false, updatable = false)
    private long insurerPartyId;
    @Column(name = "group_party_id", updatable = false)
    private Long groupPartyId;
    @Column(name = "broker_party_id", updatable = false)
    private Long brokerPartyId;
    @Column(name = "product", nullable = false, updatable = false)
    private String product;
    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;
    @Column(name = "premium_amount", nullable = false, updatable = false)
    private long premiumAmount;
    @Column(name = "policy_costs", nullable = false, updatable = false)
    private long policyCosts;
    @Column(name = "taxes", nullable = false, updatable = false)
    private long taxes;
    @Column(name = "sig_event_id", nullable = false, updatable = false)
    private long sigEventId;

    protected Premium() {
    }

    public Premium(Quittance quittance, long sigEventId) {
        this.reference = quittance.reference();
        this.contractReference = quittance.contractReference();
        this.insurerPartyId = quittance.insurerPartyId();
        this.groupPartyId = quittance.groupPartyId();
        this.brokerPartyId = quittance.brokerPartyId();
        this.product = quittance.product();
        this.periodFrom = quittance.periodFrom();
        this.periodTo = quittance.periodTo();
        this.issuedOn = quittance.issuedOn();
        this.premiumAmount = quittance.premiumAmount();
        this.policyCosts = quittance.policyCosts();
        this.taxes = quittance.taxes();
        this.sigEventId = sigEventId;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long insurerPartyId() {
        return insurerPartyId;
    }

    public long premiumAmount() {
        return premiumAmount;
    }

    public long total() {
        return premiumAmount + policyCosts + taxes;
    }
}
