package sn.pmas.sig;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A submission of SIG events refused as a whole, with every reason found, line by line. Nothing was booked. */
@ApplicationException(rollback = true)
public class EventsRejectedException extends Exception {

    private final transient List<LineError> errors;

    public EventsRejectedException(List<LineError> errors) {
        super(errors.size() + " événement(s) refusé(s) : rien n'a été comptabilisé. Premier motif : "
                + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
