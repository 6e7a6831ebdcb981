package sn.pmas.cheque;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A bank account of the pool, tied to its 521x ledger account and to the account of its cheques
 * issued and not cashed. Its row is the lock every release on the account takes first.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "bank_name", nullable = false)
    private String bankName;
    @Column(name = "account_number", nullable = false)
    private String accountNumber;
    @Column(name = "ledger_account_id", nullable = false, updatable = false)
    private long ledgerAccountId;
    @Column(name = "issued_account_id", nullable = false, updatable = false)
    private long issuedAccountId;
    @Column(name = "principals_money", nullable = false, updatable = false)
    private boolean principalsMoney;
    @Version
    private long version;

    protected BankAccount() {
    }

    BankAccount(String code, String bankName, String accountNumber, long ledgerAccountId, long issuedAccountId,
                boolean principalsMoney) {
        this.code = code;
        this.bankName = bankName;
        this.accountNumber = accountNumber;
        this.ledgerAccountId = ledgerAccountId;
        this.issuedAccountId = issuedAccountId;
        this.principalsMoney = principalsMoney;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String bankName() {
        return bankName;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public long ledgerAccountId() {
        return ledgerAccountId;
    }

    public long issuedAccountId() {
        return issuedAccountId;
    }

    /** Holds the principals' money (5211): claims are paid from it, the pool's own payables never. */
    public boolean principalsMoney() {
        return principalsMoney;
    }
}
