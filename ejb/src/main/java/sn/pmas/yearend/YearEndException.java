package sn.pmas.yearend;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;

/** A closing, reopening or allocation refused, naming the field at fault and, for failed checks, each failure. */
@ApplicationException(rollback = true)
public class YearEndException extends Exception {

    private final YearEndRejection rejection;
    private final String field;
    private final transient List<String> failures;

    public YearEndException(YearEndRejection rejection, String field, String detail) {
        this(rejection, field, detail, List.of());
    }

    public YearEndException(YearEndRejection rejection, String field, String detail, List<String> failures) {
        super(Objects.requireNonNull(detail, "detail"));
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.field = field;
        this.failures = List.copyOf(failures);
    }

    public YearEndRejection rejection() {
        return rejection;
    }

    public String field() {
        return field;
    }

    public List<String> failures() {
        return failures;
    }
}
