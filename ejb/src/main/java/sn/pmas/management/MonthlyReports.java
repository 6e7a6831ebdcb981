package sn.pmas.management;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.PeriodView;
import sn.pmas.ledger.Rejection;
import sn.pmas.management.MonthlyFigures.Flow;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.premium.ArrearsAgeing;
import sn.pmas.premium.PremiumRegister;
import sn.pmas.premium.PremiumRegisterRow;
import sn.pmas.premium.PremiumRegisters;
import sn.pmas.premium.RegisterCriteria;
import sn.pmas.premium.RegisterDimension;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The monthly tables of an insurer or of the pool (docs/management-reports.md). The figures come
 * from the premium register (production, collections) and the arrears at each month end (ageing),
 * as {@link PremiumRegisters} computes them; this class only chooses the span and the lines.
 */
@Stateless
public class MonthlyReports {

    static final String POOL = "Pool — toutes compagnies membres";
    /** The report's {@code scope} parameter, and the file name's, for the pool's table. */
    private static final String POOL_SCOPE = "POOL";

    @EJB
    private PremiumRegisters registers;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @EJB
    private ReportRenderer renderer;

    /**
     * @param insurer an insurer's code, or null for the pool
     * @throws LedgerException {@code period.missing} on {@code month} when no fiscal year holds it,
     *                         {@code party.unknown} on {@code insurer} when it names no insurer
     */
    public MonthlyTableReport table(MonthlyTable table, YearMonth month, String insurer) throws LedgerException {
        PeriodView period = calendar.periods(month.getYear()).stream().filter(p -> p.period().equals(month.toString())).findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.PERIOD_MISSING, "month",
                        "Aucun exercice ouvert pour " + month + " : les tableaux mensuels portent sur une période de l'exercice."));
        String scope = insurer == null ? POOL : insurerName(insurer);
        boolean previousYear = calendar.yearExists(month.getYear() - 1);
        List<MonthlyTableRow> rows;
        MonthlyChart chart;
        if (table == MonthlyTable.ARREARS) {
            List<ArrearsAgeing> monthEnds = new ArrayList<>();
            for (YearMonth m : MonthlyFigures.yearToDate(month)) {
                monthEnds.add(registers.ageing(m.atEndOfMonth(), insurer));
            }
            rows = MonthlyFigures.arrearsRows(monthEnds, previousYear ? registers.ageing(month.minusYears(1).atEndOfMonth(), insurer) : null);
            chart = MonthlyFigures.arrearsChart(monthEnds, month);
        } else {
            Flow flow = table == MonthlyTable.PRODUCTION ? Flow.PRODUCTION : Flow.COLLECTIONS;
            Set<RegisterDimension> lines = insurer == null ? EnumSet.of(RegisterDimension.INSURER, RegisterDimension.MONTH)
                    : EnumSet.of(RegisterDimension.GROUP, RegisterDimension.PRODUCT, RegisterDimension.MONTH);
            PremiumRegister register = registers.register(RegisterCriteria.of(YearMonth.of(month.getYear() - (previousYear ? 1 : 0), 1),
                    month, insurer, null, null, lines));
            rows = MonthlyFigures.flowRows(flow, register.rows(), month, previousYear,
                    insurer == null ? PremiumRegisterRow::insurerName : MonthlyReports::groupAndProduct);
            chart = MonthlyFigures.flowChart(flow, table, register.rows(), month, previousYear);
        }
        return new MonthlyTableReport(table.code(), table.title(), table.definition(), month.toString(), insurer, scope,
                "CLOSED".equals(period.state()), table == MonthlyTable.ARREARS ? "Fin de mois"
                : insurer == null ? "Compagnie" : "Groupe souscripteur — produit", table.headings(), rows, chart);
    }

    /**
     * The table as a PDF or a workbook, showing exactly its rows (the same for the API's download and
     * for the copy archived as sent), named {@code tableau-<table>-<insurer or POOL>-<month>}.
     */
    public MonthlyDocument document(MonthlyTableReport report, ReportFormat format) throws ReportRenderingException {
        String scope = report.insurer() == null ? POOL_SCOPE : report.insurer();
        byte[] content = renderer.render(Report.MONTHLY_TABLE, Map.of("table", report.table(), "scope", scope, "month", report.month()),
                MonthlyTableLine.of(report), format);
        return new MonthlyDocument(content, "tableau-" + report.table() + "-" + scope + "-" + report.month() + "." + format.fileExtension(),
                format.mediaType());
    }

    private String insurerName(String code) throws LedgerException {
        return parties.find(code).filter(party -> party.type() == PartyType.INSURER).map(PartyView::name)
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "insurer", "Aucune compagnie membre de code " + code + "."));
    }

    private static String groupAndProduct(PremiumRegisterRow row) {
        return (row.groupName() == null ? "Sans groupe souscripteur" : row.groupName()) + " — " + row.product();
    }
}
