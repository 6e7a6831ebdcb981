package sn.pmas.ledger;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A business rejection: the request was understood and refused, nothing was written. Carries
 * the rule that refused it and the request field at fault (e.g. {@code lines[2].accountCode}).
 */
@ApplicationException(rollback = true)
public class LedgerException extends Exception {

    private final Rejection rejection;
    private final String field;

    public LedgerException(Rejection rejection, String field, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.field = field;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** The offending request field, or null when the rule concerns the request as a whole. */
    public String field() {
        return field;
    }
}
