package sn.pmas.incentive;

import jakarta.ejb.ApplicationException;
import java.util.Objects;
import sn.pmas.platform.ProblemCode;

/** A request on the providers' incentive refused: names the rule and the field at fault; nothing was written. */
@ApplicationException(rollback = true)
public class IncentiveException extends Exception {

    private final transient ProblemCode code;
    private final String field;

    public IncentiveException(ProblemCode code, String field, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    static IncentiveException required(String field, String detail) {
        return new IncentiveException(IncentiveRejection.FIELD_REQUIRED, field, detail);
    }

    static IncentiveException invalid(String field, String detail) {
        return new IncentiveException(IncentiveRejection.FIELD_INVALID, field, detail);
    }

    public ProblemCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
