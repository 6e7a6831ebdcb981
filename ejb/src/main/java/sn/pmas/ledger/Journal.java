package sn.pmas.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A book of original entry: BQ bank, OP operations for principals, OD miscellaneous, AN opening. */
@Entity
@Table(name = "journal")
public class Journal {

    @Id
    @Column(name = "code")
    private String code;
    @Column(name = "name", nullable = false)
    private String name;

    protected Journal() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
