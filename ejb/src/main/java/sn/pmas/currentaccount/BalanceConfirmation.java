package sn.pmas.currentaccount;

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
 * The quarterly confirmation of a principal's current-account balance (docs/fund-calls.md). The
 * balance is the ledger's at issue, kept as sent. Updates: the principal's answer, once.
 * Deletion: never. Guarantees: one per principal and quarter; a dispute carries its reason.
 */
@Entity
@Table(name = "balance_confirmation")
public class BalanceConfirmation {

    /** What the principal replied. */
    public enum Answer { AGREED, DISPUTED }

    static final int MAX_COMMENT = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "principal_party_id", nullable = false, updatable = false)
    private long principalPartyId;
    @Column(name = "quarter_end", nullable = false, updatable = false)
    private LocalDate quarterEnd;
    @Column(name = "balance", nullable = false, updatable = false)
    private long balance;
    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer")
    private Answer answer;
    @Column(name = "answer_comment")
    private String answerComment;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Version
    private long version;

    protected BalanceConfirmation() {
    }

    BalanceConfirmation(long principalPartyId, Quarter quarter, long balance, String issuedBy, Instant issuedAt) {
        this.principalPartyId = principalPartyId;
        this.quarterEnd = quarter.lastDay();
        this.balance = balance;
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * Records the principal's reply. The rules a user can break (a dispute without comment, a
     * second answer) are checked by the service with a French message; here they are invariants.
     */
    void answer(Answer given, String comment, String by, Instant at) {
        if (answer != null) {
            throw new IllegalStateException("Confirmation " + id + " is already answered");
        }
        if (given == Answer.DISPUTED && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("A dispute needs a comment");
        }
        this.answer = Objects.requireNonNull(given, "answer");
        this.answerComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public long principalPartyId() {
        return principalPartyId;
    }

    public Quarter quarter() {
        return Quarter.of(quarterEnd);
    }

    public LocalDate quarterEnd() {
        return quarterEnd;
    }

    /** Credit-positive: in the principal's favour. */
    public long balance() {
        return balance;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Answer answer() {
        return answer;
    }

    public String answerComment() {
        return answerComment;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
