package sn.pmas.reporting;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The report catalogue: each report's BIRT design on the class path (packaged by the reports
 * module) and the parameters a caller may set.
 *
 * <p>Parameters are declared here as well as in the design because BIRT only checks presence and
 * type: a malformed value would reach the design's scripts and surface as an engine error. Checking
 * the format up front lets a bad request be told apart from a failing engine.
 */
public enum Report {

    /** Shows the rows of sn.pmas.ledger.TrialBalanceQuery, the ones GET /api/trial-balance returns. */
    TRIAL_BALANCE("trial-balance", "sn/pmas/reports/trial-balance.rptdesign", "Balance générale",
            Map.of("period", Formats.MONTH), true),
    /** Shows the statement of sn.pmas.currentaccount.PrincipalStatements, the one its JSON and CSV show. */
    PRINCIPAL_STATEMENT("principal-statement", "sn/pmas/reports/principal-statement.rptdesign", "Relevé de compte courant",
            Map.of("principal", Formats.PARTY_CODE, "from", Formats.DATE, "to", Formats.DATE), true),
    /** Page 1 the call letter, page 2 the état des fonds encaissés et des dépenses supportées. */
    FUND_CALL("fund-call", "sn/pmas/reports/fund-call.rptdesign", "Appel de fonds",
            Map.of("call", Pattern.compile("AF-\\d{4}-\\d{4}"))),
    BALANCE_CONFIRMATION("balance-confirmation", "sn/pmas/reports/balance-confirmation.rptdesign",
            "Confirmation de solde", Map.of("confirmation", Pattern.compile("\\d{1,18}"))),
    /** The monthly production, collections or claims bordereau of an insurer (docs/premium-registers.md). */
    BORDEREAU("bordereau", "sn/pmas/reports/bordereau.rptdesign", "Bordereau mensuel",
            Map.of("kind", Pattern.compile("production|collections|claims"), "insurer", Formats.PARTY_CODE,
                    "month", Formats.MONTH)),
    /** Its rows are computed by sn.pmas.currentaccount.TreasuryTrackingTable (days of cover by WorkingFunds). */
    TREASURY_TRACKING("treasury-tracking", "sn/pmas/reports/treasury-tracking.rptdesign",
            "Tableau de suivi de trésorerie compagnies et clients", Map.of("month", Formats.MONTH), true),
    /** Its rows are computed by sn.pmas.cheque.ChequeReleases#heldTable (the release planner's order and decisions). */
    HELD_CHEQUES("held-cheques", "sn/pmas/reports/held-cheques.rptdesign", "Tableau des chèques bloqués",
            Map.of("bankAccount", Formats.PARTY_CODE, "asOf", Formats.DATE), true),
    /** Its rows are sn.pmas.bankstatement.ReconciliationRow#of the statement GET /api/bank-reconciliation returns. */
    BANK_RECONCILIATION("bank-reconciliation", "sn/pmas/reports/bank-reconciliation.rptdesign", "État de rapprochement bancaire",
            Map.of("bank", Formats.PARTY_CODE, "asOf", Formats.DATE), true),
    /** Its rows are the cheques of a deposit slip (sn.pmas.incoming.DepositSlips#rows). */
    DEPOSIT_SLIP("deposit-slip", "sn/pmas/reports/deposit-slip.rptdesign", "Bordereau de remise de chèques",
            Map.of("slip", Pattern.compile("REM-\\d{6}"), "bankAccount", Formats.PARTY_CODE, "bankName", Pattern.compile(".{1,100}"),
                    "accountNumber", Pattern.compile(".{1,60}"), "depositedOn", Formats.DATE), true),
    /** Its rows are the days and the projection of sn.pmas.bankposition.PositionJournals, its chart a PNG of the projection. */
    BANK_POSITION("bank-position", "sn/pmas/reports/bank-position.rptdesign", "Journal de position bancaire",
            Map.of("bankAccount", Formats.PARTY_CODE, "from", Formats.DATE, "to", Formats.DATE), true),
    /** Its rows are sn.pmas.commission.CommissionRuns#settlementRows of a confirmed run. */
    COMMISSION_SETTLEMENT("commission-settlement", "sn/pmas/reports/commission-settlement.rptdesign", "Arrêté de décompte des commissions",
            Map.of("title", Pattern.compile(".{1,120}"), "run", Pattern.compile(".{1,120}")), true),
    /** Its rows are sn.pmas.commission.CommissionRuns#remittanceRows of a confirmed run. */
    COMMISSION_REMITTANCE("commission-remittance", "sn/pmas/reports/commission-remittance.rptdesign",
            "Bordereau de reversement des commissions",
            Map.of("title", Pattern.compile(".{1,120}"), "run", Pattern.compile(".{1,120}")), true),
    /** Its rows are the occurrences of a fiscal year (sn.pmas.fiscalcalendar.TaxCalendar#ofYear). */
    FISCAL_CALENDAR("fiscal-calendar", "sn/pmas/reports/fiscal-calendar.rptdesign", "Calendrier fiscal",
            Map.of("year", Pattern.compile("\\d{4}")), true),
    /**
     * A monthly table of management control (sn.pmas.management.MonthlyReports): its lines are
     * sn.pmas.management.MonthlyTableLine, its chart a PNG; {@code scope} an insurer's code or POOL.
     */
    MONTHLY_TABLE("monthly-table", "sn/pmas/reports/monthly-table.rptdesign", "Tableau mensuel de contrôle de gestion",
            Map.of("table", Pattern.compile("production|collections|arrears"), "scope", Formats.PARTY_CODE, "month", Formats.MONTH), true),
    /**
     * A document of management control (sn.pmas.management.ManagementDocument: quarterly package,
     * statistical report, revenue split, scheme package): its lines are sn.pmas.management.DocumentLine.
     */
    MANAGEMENT_DOCUMENT("management-document", "sn/pmas/reports/management-document.rptdesign", "Document de contrôle de gestion",
            Map.of("document", Pattern.compile("[a-z-]{1,40}")), true),
    /** Its rows are the establishments paid of a confirmed incentive (sn.pmas.incentive.IncentiveDocuments#slip). */
    INCENTIVE_SLIP("incentive-slip", "sn/pmas/reports/incentive-slip.rptdesign", "Bordereau de reversement de l'intéressement",
            Map.of("year", Pattern.compile("\\d{4}"), "cheque", Pattern.compile(".{1,40}"), "confirmedOn", Formats.DATE), true),
    /** Its rows are the letters' paragraphs of a confirmed incentive (sn.pmas.incentive.IncentiveDocuments#letters). */
    INCENTIVE_LETTER("incentive-letter", "sn/pmas/reports/incentive-letter.rptdesign", "Lettre d'explication de l'intéressement",
            Map.of("year", Pattern.compile("\\d{4}")), true),
    /** Its rows are the statements, notes and cross-checks of a year (sn.pmas.statements.PackageRow). */
    FINANCIAL_STATEMENTS("financial-statements", "sn/pmas/reports/financial-statements.rptdesign", "États financiers SYCEBNL",
            Map.of("year", Pattern.compile("\\d{4}"), "edition", Pattern.compile(".{1,120}")), true),
    /** The trial balance's design over a year, its rows sn.pmas.audittrail.AuditorBooks#auxiliaryTrialBalance. */
    AUXILIARY_TRIAL_BALANCE("auxiliary-trial-balance", "sn/pmas/reports/trial-balance.rptdesign",
            "Balance générale des comptes auxiliaires", Map.of("period", Pattern.compile("\\d{4}")), true),
    /** Its rows are sn.pmas.audittrail.AuditorBooks#generalLedger: each account's statement over the year. */
    GENERAL_LEDGER("general-ledger", "sn/pmas/reports/general-ledger.rptdesign", "Grand livre",
            Map.of("year", Pattern.compile("\\d{4}"), "fromAccount", Formats.ACCOUNT, "toAccount", Formats.ACCOUNT), true);

    /** App-context key under which a report fed by the application finds its rows (a java.util.List). */
    public static final String ROWS = "pmas.rows";

    private final String code;
    private final String designPath;
    private final String title;
    private final Map<String, Pattern> parameterFormats;
    private final boolean rowsFromApplication;

    Report(String code, String designPath, String title, Map<String, Pattern> parameterFormats) {
        this(code, designPath, title, parameterFormats, false);
    }

    Report(String code, String designPath, String title, Map<String, Pattern> parameterFormats, boolean rowsFromApplication) {
        this.code = code;
        this.designPath = designPath;
        this.title = title;
        this.parameterFormats = parameterFormats;
        this.rowsFromApplication = rowsFromApplication;
    }

    /** Parameter formats shared by several reports (constants of an enum cannot use its own static fields). */
    private static final class Formats {
        static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
        static final Pattern PARTY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
        static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        static final Pattern ACCOUNT = Pattern.compile("[1-8][0-9A-Z.-]{0,29}");
    }

    /** The code used in URLs and file names. */
    public String code() {
        return code;
    }

    /** Class-path location of the .rptdesign file. */
    public String designPath() {
        return designPath;
    }

    /** French title, also written into the PDF document information. */
    public String title() {
        return title;
    }

    /** Every parameter the report accepts, all of them required, with the pattern its value must match. */
    public Map<String, Pattern> parameterFormats() {
        return parameterFormats;
    }

    /**
     * True when the application computes the report's rows and hands them over (key {@link #ROWS}):
     * such a report is rendered by its own service, never from parameters alone.
     */
    public boolean rowsFromApplication() {
        return rowsFromApplication;
    }

    public static Optional<Report> fromCode(String code) {
        for (Report report : values()) {
            if (report.code.equals(code)) {
                return Optional.of(report);
            }
        }
        return Optional.empty();
    }
}
