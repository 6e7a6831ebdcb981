package sn.pmas.currentaccount;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.eclipse.birt.report.engine.api.script.IUpdatableDataSetRow;
import org.eclipse.birt.report.engine.api.script.ScriptException;
import org.eclipse.birt.report.engine.api.script.eventadapter.ScriptedDataSetEventAdapter;
import org.eclipse.birt.report.engine.api.script.instance.IDataSetInstance;
import sn.pmas.reporting.Report;

/**
 * The "movements" data set of principal-statement.rptdesign: the lines of the statement the
 * application computed, handed over as the only element of {@link Report#ROWS}, one row each.
 *
 * <p>In Java rather than in the design's JavaScript: at 25 000 lines, a fetch script and a bound
 * expression run by Rhino for every row cost a fifth of the render. The date comes already as
 * dd/MM/yyyy and the event type as its French name, for the same reason (BIRT builds a calendar to
 * format each date). BIRT makes one instance per data set and render.
 */
public class PrincipalStatementRows extends ScriptedDataSetEventAdapter {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String MANUAL_ENTRY = "Écriture manuelle";
    /** On a current account a collected premium only moves the commission: named after what the principal sees. */
    private static final Map<String, String> EVENT_NAMES = Map.of(
            "FUNDS_RECEIVED", "Fonds reçus",
            "CLAIM_VALIDATED", "Sinistre validé",
            "PREMIUM_COLLECTED", "Commission sur encaissement",
            "PREMIUM_REFUNDED", "Commission rendue");

    private List<StatementMovement> lines = List.of();
    private int next;

    @Override
    public void beforeOpen(IDataSetInstance dataSet, IReportContext context) {
        PrincipalStatement statement = (PrincipalStatement) ((List<?>) context.getAppContext().get(Report.ROWS)).get(0);
        lines = statement.lines();
        next = 0;
    }

    @Override
    public boolean fetch(IDataSetInstance dataSet, IUpdatableDataSetRow row) throws ScriptException {
        if (next >= lines.size()) {
            return false;
        }
        StatementMovement line = lines.get(next++);
        row.setColumnValue("entry_date", FRENCH_DATE.format(line.date()));
        row.setColumnValue("journal_code", line.journalCode());
        row.setColumnValue("source_reference", line.sourceReference());
        row.setColumnValue("event_name", eventName(line.eventType()));
        row.setColumnValue("label", line.label());
        row.setColumnValue("debit", BigDecimal.valueOf(line.debit()));
        row.setColumnValue("credit", BigDecimal.valueOf(line.credit()));
        row.setColumnValue("balance", BigDecimal.valueOf(line.balance()));
        return true;
    }

    static String eventName(String eventType) {
        return eventType == null ? MANUAL_ENTRY : EVENT_NAMES.getOrDefault(eventType, eventType);
    }
}
