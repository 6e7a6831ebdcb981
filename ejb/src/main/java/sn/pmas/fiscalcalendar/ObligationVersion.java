package sn.pmas.fiscalcalendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated version of an obligation's rules. Versions are never changed: a new rule is a new
 * version from a date, so the history says who decided what, when, from which date.
 */
@Entity
@Table(name = "tax_obligation_version")
public class ObligationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id", nullable = false, updatable = false)
    private long obligationId;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, updatable = false)
    private Frequency frequency;
    @Column(name = "declaration_months", nullable = false, updatable = false)
    private int declarationMonths;
    @Column(name = "declaration_day", nullable = false, updatable = false)
    private int declarationDay;
    @Column(name = "payment_months", updatable = false)
    private Integer paymentMonths;
    @Column(name = "payment_day", updatable = false)
    private Integer paymentDay;
    @Enumerated(EnumType.STRING)
    @Column(name = "amount_source", nullable = false, updatable = false)
    private AmountSource amountSource;
    @Column(name = "account_code", updatable = false)
    private String accountCode;
    @Column(name = "quarterly_below", updatable = false)
    private Long quarterlyBelow;
    @Enumerated(EnumType.STRING)
    @Column(name = "shift_rule", nullable = false, updatable = false)
    private ShiftRule shiftRule;
    @Column(name = "active", nullable = false, updatable = false)
    private boolean active;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "comment", updatable = false)
    private String comment;

    protected ObligationVersion() {
    }

    ObligationVersion(long obligationId, ObligationTerms terms, String recordedBy, Instant recordedAt) {
        this.obligationId = obligationId;
        this.validFrom = terms.validFrom();
        this.frequency = terms.rule().frequency();
        this.declarationMonths = terms.rule().declarationMonths();
        this.declarationDay = terms.rule().declarationDay();
        this.paymentMonths = terms.rule().paymentMonths();
        this.paymentDay = terms.rule().paymentDay();
        this.quarterlyBelow = terms.rule().quarterlyBelow();
        this.shiftRule = terms.rule().shiftRule();
        this.amountSource = terms.amountSource();
        this.accountCode = terms.accountCode();
        this.active = terms.active();
        this.comment = terms.comment();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long obligationId() {
        return obligationId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public DeadlineRule rule() {
        return new DeadlineRule(frequency, declarationMonths, declarationDay, paymentMonths, paymentDay, quarterlyBelow, shiftRule);
    }

    public ObligationTerms terms() {
        return new ObligationTerms(validFrom, rule(), amountSource, accountCode, active, comment);
    }

    public AmountSource amountSource() {
        return amountSource;
    }

    public String accountCode() {
        return accountCode;
    }

    public boolean active() {
        return active;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
