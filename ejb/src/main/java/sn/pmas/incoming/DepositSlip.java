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

/**
 * A deposit slip (bordereau de remise de chèques): received cheques of one bank account handed to
 * the bank together. Updates: cleared once (the statement credits it), or returned when every
 * cheque on it came back unpaid before. Deletion: never. Its total is what was handed over.
 */
@Entity
@Table(name = "deposit_slip")
public class DepositSlip {

    static final String PREFIX = "REM-";

    /** DEPOSITED → CLEARED, or → RETURNED when nothing on it is left to clear. */
    public enum Status { DEPOSITED, CLEARED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bank_account_id", nullable = false, updatable = false)
    private long bankAccountId;
    @Column(name = "deposited_on", nullable = false, updatable = false)
    private LocalDate depositedOn;
    @Column(name = "total", nullable = false, updatable = false)
    private long total;
    @Column(name = "cheque_count", nullable = false, updatable = false)
    private int chequeCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;
    @Column(name = "cleared_on")
    private LocalDate clearedOn;
    @Column(name = "deposit_entry_id")
    private Long depositEntryId;
    @Column(name = "clear_entry_id")
    private Long clearEntryId;
    @Column(name = "deposited_by", nullable = false, updatable = false)
    private String depositedBy;
    @Version
    private long version;

    protected DepositSlip() {
    }

    DepositSlip(long bankAccountId, LocalDate depositedOn, long total, int chequeCount, String depositedBy) {
        this.bankAccountId = bankAccountId;
        this.depositedOn = depositedOn;
        this.total = total;
        this.chequeCount = chequeCount;
        this.depositedBy = depositedBy;
        this.status = Status.DEPOSITED;
    }

    /** REM-000003. */
    public static String referenceOf(long id) {
        return RegisterReferences.of(PREFIX, id);
    }

    static Long idOf(String reference) {
        return RegisterReferences.idOf(PREFIX, reference);
    }

    void depositBooked(long entryId) {
        this.depositEntryId = entryId;
    }

    void cleared(LocalDate on, long entryId) {
        this.status = Status.CLEARED;
        this.clearedOn = on;
        this.clearEntryId = entryId;
    }

    void allReturned() {
        this.status = Status.RETURNED;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return referenceOf(id);
    }

    public long bankAccountId() {
        return bankAccountId;
    }

    public LocalDate depositedOn() {
        return depositedOn;
    }

    public long total() {
        return total;
    }

    public int chequeCount() {
        return chequeCount;
    }

    public Status status() {
        return status;
    }

    public LocalDate clearedOn() {
        return clearedOn;
    }

    public String depositedBy() {
        return depositedBy;
    }
}
