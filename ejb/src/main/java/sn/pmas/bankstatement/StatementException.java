package sn.pmas.bankstatement;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;

/**
 * A statement, a match or a rule refused: nothing was written. A file refused as a whole carries
 * its faults by line ({@link #faults()}), otherwise the request field at fault.
 */
@ApplicationException(rollback = true)
public class StatementException extends Exception {

    private final StatementRejection rejection;
    private final String field;
    private final transient List<LineFault> faults;

    public StatementException(StatementRejection rejection, String field, String detail) {
        this(rejection, field, detail, List.of());
    }

    public StatementException(StatementRejection rejection, String field, String detail, List<LineFault> faults) {
        super(Objects.requireNonNull(detail, "detail"));
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.field = field;
        this.faults = List.copyOf(faults);
    }

    /** A file refused with every fault found, by line. */
    static StatementException rejected(List<LineFault> faults) {
        return new StatementException(StatementRejection.STATEMENT_REJECTED, "body", faults.size()
                + " erreur(s) : corrigez le relevé et importez-le à nouveau. Première : " + faults.get(0).message(), faults);
    }

    public StatementRejection rejection() {
        return rejection;
    }

    public String field() {
        return field;
    }

    public List<LineFault> faults() {
        return faults;
    }
}
