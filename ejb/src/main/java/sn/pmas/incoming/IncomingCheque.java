package sn.pmas.incoming;

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

/**
 * A cheque the pool received. Updates: its status and the date of each step, the slip it is on, the
 * entries its return posts. Deletion: never. Guarantees: one way ({@link IncomingChequeStatus}); a
 * drawer bank's number is received once (unique key); a step is never dated before the previous one.
 */
@Entity
@Table(name = "incoming_cheque")
public class IncomingCheque {

    static final String PREFIX = "CR-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "drawer", nullable = false, updatable = false)
    private String drawer;
    @Column(name = "drawer_bank", nullable = false, updatable = false)
    private String drawerBank;
    @Column(name = "cheque_number", nullable = false, updatable = false)
    private String chequeNumber;
    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private IncomingChequeKind kind;
    @Column(name = "principal_party_id", updatable = false)
    private Long principalPartyId;
    @Column(name = "credit_account_id", nullable = false, updatable = false)
    private long creditAccountId;
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private IncomingChequeStatus status;
    @Column(name = "deposit_slip_id")
    private Long depositSlipId;
    @Column(name = "cleared_on")
    private LocalDate clearedOn;
    @Column(name = "returned_on")
    private LocalDate returnedOn;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "receipt_entry_id")
    private Long receiptEntryId;
    @Column(name = "return_entry_id")
    private Long returnEntryId;
    @Column(name = "reversal_entry_id")
    private Long reversalEntryId;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Version
    private long version;

    protected IncomingCheque() {
    }

    IncomingCheque(String drawer, String drawerBank, String chequeNumber, long amount, IncomingChequeKind kind,
                   Long principalPartyId, long creditAccountId, LocalDate receivedOn, String receivedBy) {
        this.drawer = drawer;
        this.drawerBank = drawerBank;
        this.chequeNumber = chequeNumber;
        this.amount = amount;
        this.kind = kind;
        this.principalPartyId = principalPartyId;
        this.creditAccountId = creditAccountId;
        this.receivedOn = receivedOn;
        this.receivedBy = receivedBy;
        this.status = IncomingChequeStatus.RECEIVED;
    }

    /** CR-000012: the register's reference, and the stem of its entries' source references. */
    public static String referenceOf(long id) {
        return RegisterReferences.of(PREFIX, id);
    }

    static Long idOf(String reference) {
        return RegisterReferences.idOf(PREFIX, reference);
    }

    /** Same receipt as the one asked for: a replay of the request. */
    boolean sameReceipt(String drawer, long amount, IncomingChequeKind kind, Long principalPartyId, long creditAccountId,
                        LocalDate receivedOn) {
        return this.drawer.equals(drawer) && this.amount == amount && this.kind == kind
                && Objects.equals(this.principalPartyId, principalPartyId) && this.creditAccountId == creditAccountId
                && this.receivedOn.equals(receivedOn);
    }

    void receiptBooked(long entryId) {
        this.receiptEntryId = entryId;
    }

    void deposited(long slipId) {
        this.status = IncomingChequeStatus.DEPOSITED;
        this.depositSlipId = slipId;
    }

    void cleared(LocalDate on) {
        this.status = IncomingChequeStatus.CLEARED;
        this.clearedOn = on;
    }

    void returned(LocalDate on, String reason, Long returnEntryId, long reversalEntryId) {
        this.status = IncomingChequeStatus.RETURNED;
        this.returnedOn = on;
        this.returnReason = reason;
        this.returnEntryId = returnEntryId;
        this.reversalEntryId = reversalEntryId;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return referenceOf(id);
    }

    public String drawer() {
        return drawer;
    }

    public String drawerBank() {
        return drawerBank;
    }

    public String chequeNumber() {
        return chequeNumber;
    }

    public long amount() {
        return amount;
    }

    public IncomingChequeKind kind() {
        return kind;
    }

    public Long principalPartyId() {
        return principalPartyId;
    }

    public long creditAccountId() {
        return creditAccountId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public IncomingChequeStatus status() {
        return status;
    }

    public Long depositSlipId() {
        return depositSlipId;
    }

    public LocalDate clearedOn() {
        return clearedOn;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public String returnReason() {
        return returnReason;
    }

    public Long receiptEntryId() {
        return receiptEntryId;
    }
}
