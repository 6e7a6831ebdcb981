package sn.pmas.workingfund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Funds a principal put at the pool's disposal, and the fee the pool took on them (schemes). */
@Entity
@Table(name = "funds_receipt")
public class FundsReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "principal_party_id", nullable = false, updatable = false)
    private long principalPartyId;
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Column(name = "fee", nullable = false, updatable = false)
    private long fee;
    @Column(name = "sig_event_id", nullable = false, updatable = false)
    private long sigEventId;

    protected FundsReceipt() {
    }

    public FundsReceipt(long principalPartyId, LocalDate receivedOn, long amount, long fee, long sigEventId) {
        this.principalPartyId = principalPartyId;
        this.receivedOn = receivedOn;
        this.amount = amount;
        this.fee = fee;
        this.sigEventId = sigEventId;
    }

    public Long id() {
        return id;
    }

    public long principalPartyId() {
        return principalPartyId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public long amount() {
        return amount;
    }
}
