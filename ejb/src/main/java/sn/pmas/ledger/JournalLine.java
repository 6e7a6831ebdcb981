package sn.pmas.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One line of a posted entry. It repeats its entry's date and period so that account statements
 * and date-range balances are answered from one index without joining the entries.
 */
@Embeddable
public class JournalLine {

    @Column(name = "line_number", nullable = false, updatable = false)
    private short lineNumber;
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;
    @Column(name = "period_id", nullable = false, updatable = false)
    private int periodId;
    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;
    @Column(name = "debit", nullable = false, updatable = false)
    private long debit;
    @Column(name = "credit", nullable = false, updatable = false)
    private long credit;
    @Column(name = "label", updatable = false)
    private String label;

    protected JournalLine() {
    }

    JournalLine(int lineNumber, ValidatedLine line, int periodId, LocalDate entryDate) {
        this.lineNumber = (short) lineNumber;
        this.accountId = line.accountId();
        this.periodId = periodId;
        this.entryDate = entryDate;
        this.debit = line.debit();
        this.credit = line.credit();
        this.label = line.label();
    }


    public long accountId() {
        return accountId;
    }

    public long debit() {
        return debit;
    }

    public long credit() {
        return credit;
    }

    public String label() {
        return label;
    }
}
