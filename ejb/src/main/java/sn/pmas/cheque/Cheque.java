package sn.pmas.cheque;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/**
 * An outgoing cheque: who it pays, how much, what it settles, and where it is in its one-way
 * lifecycle ({@link ChequeStatus}). Updates: its status and the date of each step, the entries the
 * steps posted. Deletion: never; a cheque written in error is voided with a reason. Guarantees: a
 * step happens once, in order, never dated before the step before it.
 */
@Entity
@Table(name = "cheque")
public class Cheque {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;
    @Column(name = "bank_account_id", nullable = false, updatable = false)
    private long bankAccountId;
    @Column(name = "cheque_number", nullable = false, updatable = false)
    private long number;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ChequeKind kind;
    @Column(name = "payee", nullable = false, updatable = false)
    private String payee;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Column(name = "payable_account_id", nullable = false, updatable = false)
    private long payableAccountId;
    @Column(name = "principal_party_id", updatable = false)
    private Long principalPartyId;
    @Column(name = "settles", nullable = false, updatable = false)
    private String settles;
    @Column(name = "latest_release_on", updatable = false)
    private LocalDate latestReleaseOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ChequeStatus status;
    @Column(name = "prepared_on", nullable = false, updatable = false)
    private LocalDate preparedOn;
    @Column(name = "prepared_by", nullable = false, updatable = false)
    private String preparedBy;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "released_on")
    private LocalDate releasedOn;
    @Column(name = "delivered_on")
    private LocalDate deliveredOn;
    @Column(name = "cashed_on")
    private LocalDate cashedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "release_entry_id")
    private Long releaseEntryId;
    @Column(name = "cash_entry_id")
    private Long cashEntryId;
    @Column(name = "reversal_entry_id")
    private Long reversalEntryId;
    @Version
    private long version;

    protected Cheque() {
    }

    Cheque(long bankAccountId, String bankCode, long number, ChequeDraft draft, LocalDate preparedOn, String preparedBy) {
        this.bankAccountId = bankAccountId;
        this.number = number;
        this.reference = referenceOf(bankCode, number);
        this.kind = Objects.requireNonNull(draft.kind());
        this.payee = Objects.requireNonNull(draft.payee());
        this.amount = draft.amount();
        this.payableAccountId = draft.payableAccountId();
        this.principalPartyId = draft.principalPartyId();
        this.settles = Objects.requireNonNull(draft.settles());
        this.latestReleaseOn = draft.latestReleaseOn();
        this.status = ChequeStatus.PREPARED;
        this.preparedOn = Objects.requireNonNull(preparedOn);
        this.preparedBy = Objects.requireNonNull(preparedBy);
    }

    /** "BQ-POOL-0001234": the bank account and the number printed on the leaf. */
    static String referenceOf(String bankCode, long number) {
        return bankCode + "-" + String.format("%07d", number);
    }

    /** Signed: held in the safe until released. */
    void hold(LocalDate on) throws LedgerException {
        moveTo(ChequeStatus.HELD, on);
        heldOn = on;
    }

    void release(LocalDate on, long entryId) throws LedgerException {
        moveTo(ChequeStatus.RELEASED, on);
        releasedOn = on;
        releaseEntryId = entryId;
    }

    void deliver(LocalDate on) throws LedgerException {
        moveTo(ChequeStatus.DELIVERED, on);
        deliveredOn = on;
    }

    void cash(LocalDate on, long entryId) throws LedgerException {
        moveTo(ChequeStatus.CASHED, on);
        cashedOn = on;
        cashEntryId = entryId;
    }

    /** {@code reversalEntryId}: the reversal of the release entry, null when the cheque was never released. */
    void voidFor(String reason, LocalDate on, Long reversalEntryId) throws LedgerException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de l'annulation du chèque est obligatoire.");
        }
        moveTo(ChequeStatus.VOIDED, on);
        voidReason = reason.strip();
        endedOn = on;
        this.reversalEntryId = reversalEntryId;
    }

    void stale(LocalDate on, long reversalEntryId) throws LedgerException {
        moveTo(ChequeStatus.STALE, on);
        endedOn = on;
        this.reversalEntryId = reversalEntryId;
    }

    private void moveTo(ChequeStatus target, LocalDate on) throws LedgerException {
        check(target, on);
        status = target;
    }

    /** Whether the step may be taken on that date: allowed by the lifecycle, not dated before the step before it. */
    void check(ChequeStatus target, LocalDate on) throws LedgerException {
        if (!status.canMoveTo(target)) {
            throw new LedgerException(Rejection.CHEQUE_ILLEGAL_TRANSITION, "status", "Le chèque " + reference + " est "
                    + status.label().toLowerCase() + " : il ne peut pas devenir " + target.label().toLowerCase()
                    + " (états suivants possibles : " + (status.next().isEmpty() ? "aucun"
                    : String.join(", ", status.next().stream().map(s -> s.label().toLowerCase()).toList())) + ").");
        }
        if (on == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date est obligatoire.");
        }
        LocalDate last = lastStepOn();
        if (on.isBefore(last)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "date",
                    "Le chèque " + reference + " ne peut pas devenir " + target.label().toLowerCase() + " le " + on
                            + " : sa dernière étape date du " + last + ".");
        }
    }

    LocalDate lastStepOn() {
        return Stream.of(heldOn, releasedOn, deliveredOn, cashedOn, endedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(preparedOn);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long bankAccountId() {
        return bankAccountId;
    }

    public long number() {
        return number;
    }

    public ChequeKind kind() {
        return kind;
    }

    public String payee() {
        return payee;
    }

    public long amount() {
        return amount;
    }

    public long payableAccountId() {
        return payableAccountId;
    }

    public Long principalPartyId() {
        return principalPartyId;
    }

    public String settles() {
        return settles;
    }

    public LocalDate latestReleaseOn() {
        return latestReleaseOn;
    }

    public ChequeStatus status() {
        return status;
    }

    public LocalDate preparedOn() {
        return preparedOn;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalDate releasedOn() {
        return releasedOn;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public LocalDate cashedOn() {
        return cashedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String voidReason() {
        return voidReason;
    }

    public Long releaseEntryId() {
        return releaseEntryId;
    }
}
