package sn.pmas.incoming;

import jakarta.ejb.ApplicationException;
import java.util.Objects;
import sn.pmas.platform.ProblemCode;

/** A request on incoming cheques or deposit slips refused: nothing was written; names the rule and the field at fault. */
@ApplicationException(rollback = true)
public class IncomingChequeException extends Exception {

    private final transient ProblemCode code;
    private final String field;

    public IncomingChequeException(ProblemCode code, String field, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    public ProblemCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
