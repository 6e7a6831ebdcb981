package sn.pmas.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A third party. Its code is permanent: it names the party's auxiliary account (4581.ASKIA). */
@Entity
@Table(name = "party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, updatable = false)
    private PartyType type;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Enumerated(EnumType.STRING)
    @Column(name = "scheme_kind")
    private SchemeKind schemeKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "convention_type")
    private ConventionType conventionType;
    @Column(name = "payment_term_days")
    private Integer paymentTermDays;
    @Version
    private long version;

    protected Party() {
    }

    Party(String code, PartyType type) {
        this.code = code;
        this.type = type;
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public PartyType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public SchemeKind schemeKind() {
        return schemeKind;
    }

    public ConventionType conventionType() {
        return conventionType;
    }

    public Integer paymentTermDays() {
        return paymentTermDays;
    }

    void apply(PartyDetails details) {
        this.name = details.name().strip();
        this.active = details.active() == null || details.active();
        this.schemeKind = details.schemeKind();
        this.conventionType = details.conventionType();
        this.paymentTermDays = details.paymentTermDays();
    }
}
