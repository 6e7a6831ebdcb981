package sn.pmas.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;

/** A monthly period. Its id is yyyymm. Closed periods take no posting until reopened. */
@Entity
@Table(name = "fiscal_period")
public class FiscalPeriod {

    public enum State { OPEN, CLOSED }

    @Id
    private int id;
    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;
    @Column(name = "period_month", nullable = false, updatable = false)
    private short month;
    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;
    @Version
    private long version;

    protected FiscalPeriod() {
    }

    FiscalPeriod(YearMonth month) {
        this.id = idOf(month);
        this.fiscalYear = month.getYear();
        this.month = (short) month.getMonthValue();
        this.startDate = month.atDay(1);
        this.endDate = month.atEndOfMonth();
        this.state = State.OPEN;
    }

    public static int idOf(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public int id() {
        return id;
    }

    public YearMonth yearMonth() {
        return YearMonth.of(fiscalYear, month);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public State state() {
        return state;
    }

    void close() throws LedgerException {
        if (state == State.CLOSED) {
            throw new LedgerException(Rejection.PERIOD_ALREADY_CLOSED, "period", "La période " + yearMonth() + " est déjà clôturée.");
        }
        state = State.CLOSED;
    }

    void reopen() throws LedgerException {
        if (state == State.OPEN) {
            throw new LedgerException(Rejection.PERIOD_ALREADY_OPEN, "period", "La période " + yearMonth() + " est ouverte.");
        }
        state = State.OPEN;
    }
}
