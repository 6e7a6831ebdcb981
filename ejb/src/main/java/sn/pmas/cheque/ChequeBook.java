package sn.pmas.cheque;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A book of cheques received from the bank: a range of numbers, each a leaf row (cheque_leaf). Never changes. */
@Entity
@Table(name = "cheque_book")
public class ChequeBook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bank_account_id", nullable = false, updatable = false)
    private long bankAccountId;
    @Column(name = "first_number", nullable = false, updatable = false)
    private long firstNumber;
    @Column(name = "last_number", nullable = false, updatable = false)
    private long lastNumber;
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected ChequeBook() {
    }

    ChequeBook(long bankAccountId, long firstNumber, long lastNumber, LocalDate receivedOn, String recordedBy) {
        this.bankAccountId = bankAccountId;
        this.firstNumber = firstNumber;
        this.lastNumber = lastNumber;
        this.receivedOn = receivedOn;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }
}
