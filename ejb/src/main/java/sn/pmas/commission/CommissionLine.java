package sn.pmas.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a confirmed run owes one party, and the cheque that pays it. */
@Entity
@Table(name = "commission_line")
public class CommissionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;
    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;
    @Column(name = "account_code", nullable = false, updatable = false)
    private String accountCode;
    @Column(name = "base", nullable = false, updatable = false)
    private long base;
    @Column(name = "adjustment_base", nullable = false, updatable = false)
    private long adjustmentBase;
    @Column(name = "commission", nullable = false, updatable = false)
    private long commission;
    @Column(name = "withholding", nullable = false, updatable = false)
    private long withholding;
    @Column(name = "net_amount", nullable = false, updatable = false)
    private long netAmount;
    @Column(name = "cheque_id")
    private Long chequeId;

    protected CommissionLine() {
    }

    CommissionLine(long runId, String accountCode, PartyCommission owed) {
        this.runId = runId;
        this.partyId = owed.partyId();
        this.accountCode = accountCode;
        this.base = owed.base();
        this.adjustmentBase = owed.adjustmentBase();
        this.commission = owed.commission();
        this.withholding = owed.withholding();
        this.netAmount = owed.net();
    }

    Long id() {
        return id;
    }

    void paidBy(long cheque) {
        this.chequeId = cheque;
    }
}
