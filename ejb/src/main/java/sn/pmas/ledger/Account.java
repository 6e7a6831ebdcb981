package sn.pmas.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An account of the chart (SYCEBNL numbering). Headings group sub-accounts and take no posting;
 * a control account (collectif) takes none either: its auxiliary accounts, one per party, do.
 */
@Entity
@Table(name = "account")
public class Account {

    public enum Kind { GENERAL, CONTROL, AUXILIARY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "account_class", nullable = false, updatable = false)
    private short accountClass;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_kind", nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "parent_code", updatable = false)
    private String parentCode;
    @Column(name = "control_account_id", updatable = false)
    private Long controlAccountId;
    @Column(name = "party_id", updatable = false)
    private Long partyId;
    @Column(name = "postable", nullable = false)
    private boolean postable;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Version
    private long version;

    protected Account() {
    }

    private Account(String code, String name, Kind kind, String parentCode, Long controlAccountId, Long partyId) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.accountClass = (short) Character.digit(code.charAt(0), 10);
        this.kind = kind;
        this.parentCode = parentCode;
        this.controlAccountId = controlAccountId;
        this.partyId = partyId;
        this.postable = true;
        this.active = true;
    }

    static Account general(String code, String name, String parentCode) {
        return new Account(code, name, Kind.GENERAL, parentCode, null, null);
    }

    static Account auxiliary(Account control, String partyCode, String name, long partyId) {
        return new Account(control.code + "." + partyCode, name, Kind.AUXILIARY, control.code, control.id, partyId);
    }

    public Long id() {
        return id;
    }

    /** The account the balance générale shows this one under: its control account, or itself. */
    public long headingId() {
        return controlAccountId != null ? controlAccountId : id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int accountClass() {
        return accountClass;
    }

    public Kind kind() {
        return kind;
    }

    public String parentCode() {
        return parentCode;
    }

    public boolean postable() {
        return postable;
    }

    public boolean active() {
        return active;
    }

    void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** Becomes a heading once a sub-account is opened under it. */
    void becomeHeading() {
        this.postable = false;
    }
}
