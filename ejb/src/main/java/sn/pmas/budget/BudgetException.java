package sn.pmas.budget;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;
import sn.pmas.platform.ProblemCode;

/** A request on the budget refused: its rule, the field at fault and, for a workbook, every cell refused; nothing was written. */
@ApplicationException(rollback = true)
public class BudgetException extends Exception {

    private final transient ProblemCode code;
    private final String field;
    private final transient List<CellError> errors;

    public BudgetException(ProblemCode code, String field, String detail) {
        this(code, field, detail, List.of());
    }

    BudgetException(ProblemCode code, String field, String detail, List<CellError> errors) {
        super(Objects.requireNonNull(detail, "detail"));
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    static BudgetException invalid(String field, String detail) {
        return new BudgetException(BudgetRejection.FIELD_INVALID, field, detail);
    }

    static BudgetException fileRefused(List<CellError> errors) {
        return new BudgetException(BudgetRejection.FILE_REFUSED, "file", errors.size() + " cellule(s) refusée(s) : rien n'a été "
                + "enregistré. Premier motif (ligne " + errors.get(0).line() + ", " + errors.get(0).cell() + ") : " + errors.get(0).message(),
                errors);
    }

    public ProblemCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The workbook's refused cells, in sheet order; empty for any other refusal. */
    public List<CellError> errors() {
        return errors;
    }
}
