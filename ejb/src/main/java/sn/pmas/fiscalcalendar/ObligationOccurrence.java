package sn.pmas.fiscalcalendar;

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

/**
 * One period of an obligation: its deadlines, its amount, and its one-way status. The amount of a
 * ledger-fed occurrence follows the ledger until the return is filed, then stays as declared.
 */
@Entity
@Table(name = "tax_occurrence")
public class ObligationOccurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id", nullable = false, updatable = false)
    private long obligationId;
    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;
    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;
    @Column(name = "declaration_nominal", nullable = false)
    private LocalDate declarationNominal;
    @Column(name = "declaration_due", nullable = false)
    private LocalDate declarationDue;
    @Column(name = "payment_nominal")
    private LocalDate paymentNominal;
    @Column(name = "payment_due")
    private LocalDate paymentDue;
    @Column(name = "amount")
    private Long amount;
    @Column(name = "amount_entered", nullable = false)
    private boolean amountEntered;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OccurrenceStatus status;
    @Column(name = "declared_on")
    private LocalDate declaredOn;
    @Column(name = "declared_by")
    private String declaredBy;
    @Column(name = "declared_at")
    private Instant declaredAt;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_by")
    private String paidBy;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "cheque_reference")
    private String chequeReference;
    /** The register's live cheque paying it (prepared, held or released); null when paid otherwise or not yet. */
    @Column(name = "cheque_id")
    private Long chequeId;
    @Version
    private long version;

    protected ObligationOccurrence() {
    }

    ObligationOccurrence(long obligationId, long versionId, ObligationPeriod period, DeadlineRule.Deadlines deadlines) {
        this.obligationId = obligationId;
        this.versionId = versionId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.status = OccurrenceStatus.TO_DECLARE;
        schedule(deadlines);
    }

    void schedule(DeadlineRule.Deadlines deadlines) {
        declarationNominal = deadlines.declarationNominal();
        declarationDue = deadlines.declarationDue();
        paymentNominal = deadlines.paymentNominal();
        paymentDue = deadlines.paymentDue();
    }

    /** The ledger's figure, taken while the return is still to be filed. */
    void followLedger(long balance) {
        if (status == OccurrenceStatus.TO_DECLARE && !amountEntered) {
            amount = balance;
        }
    }

    /** @return false when the return was already filed */
    boolean declare(LocalDate on, Long enteredAmount, String user, Instant at) {
        if (status != OccurrenceStatus.TO_DECLARE) {
            return false;
        }
        if (enteredAmount != null) {
            amount = enteredAmount;
            amountEntered = true;
        }
        status = OccurrenceStatus.DECLARED;
        declaredOn = on;
        declaredBy = user;
        declaredAt = at;
        return true;
    }

    /** Paid otherwise than by a cheque of the register (its reference, if any, typed by the accountant). @return false unless declared, payable and not paid yet */
    boolean pay(LocalDate on, String cheque, String user, Instant at) {
        if (!payable()) {
            return false;
        }
        markPaid(on, user, at);
        chequeReference = cheque;
        return true;
    }

    /** Declared, with a payment, not paid yet. */
    boolean payable() {
        return status == OccurrenceStatus.DECLARED && paymentDue != null;
    }

    /** The register's cheque written to pay it, until it is released (paid) or voided (payable again). */
    void linkCheque(long id, String reference) {
        if (!payable() || chequeId != null) {
            throw new IllegalStateException("occurrence " + this.id + " cannot take a cheque: " + status + ", cheque " + chequeId);
        }
        chequeId = id;
        chequeReference = reference;
    }

    /** Its cheque released on {@code on}: paid that day. */
    void paidByCheque(LocalDate on, String user, Instant at) {
        if (!payable() || chequeId == null) {
            throw new IllegalStateException("occurrence " + id + " is not waiting for its cheque: " + status);
        }
        markPaid(on, user, at);
    }

    /** Its cheque voided or gone stale: declared and payable again, without a cheque. */
    void chequeUndone() {
        status = OccurrenceStatus.DECLARED;
        paidOn = null;
        paidBy = null;
        paidAt = null;
        chequeId = null;
        chequeReference = null;
    }

    private void markPaid(LocalDate on, String user, Instant at) {
        status = OccurrenceStatus.PAID;
        paidOn = on;
        paidBy = user;
        paidAt = at;
    }

    /** The deadline still ahead of this occurrence, or null when nothing remains to do. */
    Deadline pendingDeadline() {
        return switch (status) {
            case TO_DECLARE -> Deadline.DECLARATION;
            case DECLARED -> paymentDue == null ? null : Deadline.PAYMENT;
            case PAID -> null;
        };
    }

    LocalDate dueOn(Deadline deadline) {
        return deadline == Deadline.DECLARATION ? declarationDue : paymentDue;
    }

    public Long id() {
        return id;
    }

    public long obligationId() {
        return obligationId;
    }

    public long versionId() {
        return versionId;
    }

    public ObligationPeriod period() {
        return new ObligationPeriod(periodStart, periodEnd);
    }

    public LocalDate declarationNominal() {
        return declarationNominal;
    }

    public LocalDate declarationDue() {
        return declarationDue;
    }

    public LocalDate paymentNominal() {
        return paymentNominal;
    }

    public LocalDate paymentDue() {
        return paymentDue;
    }

    public Long amount() {
        return amount;
    }

    public boolean amountEntered() {
        return amountEntered;
    }

    public OccurrenceStatus status() {
        return status;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String chequeReference() {
        return chequeReference;
    }

    public Long chequeId() {
        return chequeId;
    }
}
