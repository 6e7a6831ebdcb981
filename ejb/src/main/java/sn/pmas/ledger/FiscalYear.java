package sn.pmas.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A fiscal year (exercice): the calendar year, cut into twelve monthly periods. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear {

    @Id
    @Column(name = "fiscal_year")
    private int year;
    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;
    /** Set by the year-end closing: brought-forward balances stop here, the next year opens with its AN entries. */
    @Column(name = "closed", nullable = false)
    private boolean closed;

    protected FiscalYear() {
    }

    FiscalYear(int year) {
        this.year = year;
        this.startDate = LocalDate.of(year, 1, 1);
        this.endDate = LocalDate.of(year, 12, 31);
    }

    public int year() {
        return year;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    void reopen() {
        closed = false;
    }
}
