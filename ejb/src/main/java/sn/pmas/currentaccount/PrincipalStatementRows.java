package sn.pmas.currentaccount;

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
 * expression run by Rhino for every row cost an eighth of the render. The date comes already as
 * dd/MM/yyyy, the event type as its French name and amounts as French text, for the same reason
 * (BIRT builds a calendar to format each date, and its ICU number format is slow), and so that the
 * document needs no glyph outside the standard PDF fonts ({@link sn.pmas.reporting.StandardFontText}).
 * BIRT makes one instance per data set and render.
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
        row.setColumnValue("debit", amount(line.debit()));
        row.setColumnValue("credit", amount(line.credit()));
        row.setColumnValue("balance", amount(line.balance()));
        return true;
    }

    /**
     * Whole francs grouped by three with a no-break space, as "1 250 000": what BIRT's French format
     * showed, but with U+00A0, which the standard PDF fonts have, where ICU's French uses U+202F.
     */
    static String amount(long francs) {
        String signed = Long.toString(francs);
        String digits = francs < 0 ? signed.substring(1) : signed; // Math.abs(Long.MIN_VALUE) stays negative
        StringBuilder text = new StringBuilder(signed.length() + digits.length() / 3);
        if (francs < 0) {
            text.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append('\u00A0');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    static String eventName(String eventType) {
        return eventType == null ? MANUAL_ENTRY : EVENT_NAMES.getOrDefault(eventType, eventType);
    }
}
