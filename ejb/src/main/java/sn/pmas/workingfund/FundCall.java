package sn.pmas.workingfund;

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
 * A fund call (appel de fonds) issued to a principal (docs/fund-calls.md). Updates: only what was
 * received, as receipts are matched with it; its status follows and never goes back. Deletion:
 * never. Guarantees: 0 ≤ received ≤ amount.
 */
@Entity
@Table(name = "fund_call")
public class FundCall {

    /** One-way: ISSUED → PARTLY_RECEIVED → SETTLED (a receipt may also settle an issued call at once). */
    public enum Status { ISSUED, PARTLY_RECEIVED, SETTLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_number", nullable = false, updatable = false)
    private String number;
    @Column(name = "principal_party_id", nullable = false, updatable = false)
    private long principalPartyId;
    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;
    @Column(name = "statement_from", nullable = false, updatable = false)
    private LocalDate statementFrom;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Column(name = "received", nullable = false)
    private long received;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;
    @Column(name = "available_at_issue", nullable = false, updatable = false)
    private long availableAtIssue;
    @Column(name = "target_at_issue", nullable = false, updatable = false)
    private long targetAtIssue;
    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;
    @Version
    private long version;

    protected FundCall() {
    }

    FundCall(String number, long principalPartyId, LocalDate issuedOn, LocalDate statementFrom, long amount,
             long availableAtIssue, long targetAtIssue, String issuedBy, Instant issuedAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A fund call asks for a positive amount: " + amount);
        }
        if (statementFrom.isAfter(issuedOn)) {
            throw new IllegalArgumentException("Statement from " + statementFrom + " after the issue date " + issuedOn);
        }
        this.number = Objects.requireNonNull(number, "number");
        this.principalPartyId = principalPartyId;
        this.issuedOn = issuedOn;
        this.statementFrom = statementFrom;
        this.amount = amount;
        this.status = Status.ISSUED;
        this.availableAtIssue = availableAtIssue;
        this.targetAtIssue = targetAtIssue;
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** Matches part of a receipt with this call, at most what it still awaits. */
    void receive(long share) {
        if (share <= 0 || share > outstanding()) {
            throw new IllegalArgumentException("Call " + number + " awaits " + outstanding() + " F, cannot receive " + share);
        }
        received += share;
        status = received == amount ? Status.SETTLED : Status.PARTLY_RECEIVED;
    }

    public long outstanding() {
        return amount - received;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long principalPartyId() {
        return principalPartyId;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate statementFrom() {
        return statementFrom;
    }

    public long amount() {
        return amount;
    }

    public long received() {
        return received;
    }

    public Status status() {
        return status;
    }

    public long availableAtIssue() {
        return availableAtIssue;
    }

    public long targetAtIssue() {
        return targetAtIssue;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
