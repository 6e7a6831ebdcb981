package sn.pmas.premium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A collection, cancellation or refund of (part of) a quittance. {@code netPremium} is the
 * premium part of the amount (costs and taxes excluded), the commission base; {@code commission}
 * is the commission taken (collection) or given back (refund).
 */
@Entity
@Table(name = "premium_movement")
public class PremiumMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "premium_id", nullable = false, updatable = false)
    private long premiumId;
    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false, updatable = false)
    private MovementType type;
    @Column(name = "movement_date", nullable = false, updatable = false)
    private LocalDate date;
    @Column(name = "total_amount", nullable = false, updatable = false)
    private long totalAmount;
    @Column(name = "net_premium", nullable = false, updatable = false)
    private long netPremium;
    @Column(name = "commission", nullable = false, updatable = false)
    private long commission;
    @Column(name = "sig_event_id", nullable = false, updatable = false)
    private long sigEventId;

    protected PremiumMovement() {
    }

    public PremiumMovement(long premiumId, MovementType type, LocalDate date, PremiumShare share, long sigEventId) {
        this.premiumId = premiumId;
        this.type = type;
        this.date = date;
        this.totalAmount = share.totalAmount();
        this.netPremium = share.netPremium();
        this.commission = share.commission();
        this.sigEventId = sigEventId;
    }

    public long premiumId() {
        return premiumId;
    }

    public MovementType type() {
        return type;
    }

    public long totalAmount() {
        return totalAmount;
    }

    public long netPremium() {
        return netPremium;
    }

    public long commission() {
        return commission;
    }
}
