package sn.pmas.fiscalcalendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tax or social obligation of the pool; what it requires, and since when, is in its versions. */
@Entity
@Table(name = "tax_obligation")
public class TaxObligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    /** Who its cheques are made out to (the administration or fund collecting it); null until the accountant says. */
    @Column(name = "payee")
    private String payee;

    protected TaxObligation() {
    }

    TaxObligation(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String payee() {
        return payee;
    }
}
