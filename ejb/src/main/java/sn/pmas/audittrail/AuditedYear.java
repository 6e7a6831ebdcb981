package sn.pmas.audittrail;

import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** The fiscal year an auditor asks for must exist: else a 404 naming {@code year}, rather than an empty chain. */
final class AuditedYear {

    private AuditedYear() {
    }

    static void require(FiscalCalendarService calendar, int year) throws LedgerException {
        if (!calendar.yearExists(year)) {
            throw new LedgerException(Rejection.NOT_FOUND, "year", "Aucun exercice " + year + " dans la comptabilité.");
        }
    }
}
