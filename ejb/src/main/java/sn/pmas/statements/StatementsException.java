package sn.pmas.statements;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;

/** A publication or a mapping refused, naming the field at fault and each failure; nothing was written. */
@ApplicationException(rollback = true)
public class StatementsException extends Exception {

    private final StatementsRejection rejection;
    private final String field;
    private final transient List<String> failures;

    public StatementsException(StatementsRejection rejection, String field, String detail, List<String> failures) {
        super(Objects.requireNonNull(detail, "detail"));
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.field = field;
        this.failures = List.copyOf(failures);
    }

    public StatementsRejection rejection() {
        return rejection;
    }

    public String field() {
        return field;
    }

    public List<String> failures() {
        return failures;
    }
}
