package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.management.AnnualReports;
import sn.pmas.management.DocumentLine;
import sn.pmas.management.DocumentWorkbook;
import sn.pmas.management.ManagementDocument;
import sn.pmas.management.MonthlyDocument;
import sn.pmas.management.MonthlyReports;
import sn.pmas.management.MonthlyTable;
import sn.pmas.management.MonthlyTableReport;
import sn.pmas.management.QuarterlyPackages;
import sn.pmas.party.PartyService;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The monthly tables of management control (docs/management-reports.md), e.g.
 * {@code GET /api/management/monthly/production?month=2025-06&insurer=ASKIA&format=pdf}: tables
 * production, collections, arrears; formats json, pdf, xlsx. Without {@code insurer}, staff get the
 * pool's table; an insurer's user always gets its own insurer's, and another insurer's is 403.
 * The quarterly package and statistics, the revenue split and the schemes' packages likewise
 * answer json, pdf or xlsx; an insurer's user gets its own package and statistics only, the
 * annual reports (every principal's figures) are staff's.
 */
@Path("/management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class ManagementResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private MonthlyReports reports;
    @EJB
    private QuarterlyPackages quarterlyPackages;
    @EJB
    private AnnualReports annualReports;
    @EJB
    private ReportRenderer renderer;
    @EJB
    private PartyService parties;
    @Context
    private SecurityContext security;

    @GET
    @Path("/monthly/{table}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", XLSX})
    public Response monthly(@PathParam("table") String tableCode, @QueryParam("month") String monthText,
                            @QueryParam("insurer") String requestedInsurer, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        MonthlyTable table = MonthlyTable.fromCode(tableCode).orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "table",
                "Tableau inconnu : " + tableCode + " (attendus : production, collections, arrears)."));
        // Before any read: an insurer's user is held to its own insurer, the pool's table is staff's.
        String insurer = InsurerScope.resolve(security, requestedInsurer, parties);
        YearMonth month = Params.period(monthText, "month");
        ReportFormat document = Params.jsonPdfOrXlsx(format);
        MonthlyTableReport report = reports.table(table, month, insurer);
        if (document == null) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        MonthlyDocument rendered = reports.document(report, document);
        return Attachment.of(rendered.content(), rendered.mediaType(), rendered.fileName());
    }

    @GET
    @Path("/quarterly/{insurer}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", XLSX})
    public Response quarterly(@PathParam("insurer") String insurer, @QueryParam("quarter") String quarterText,
                              @QueryParam("format") @DefaultValue("json") String format) throws LedgerException, ReportRenderingException {
        InsurerScope.check(security, insurer); // before any read: an insurer's user asks for its own only
        Quarter quarter = Params.quarter(quarterText, "quarter");
        ReportFormat document = Params.jsonPdfOrXlsx(format);
        var report = quarterlyPackages.of(insurer, quarter);
        return answer(report, report::document, "quarterly-package", document, "liasse-trimestrielle-" + insurer + "-" + quarter);
    }

    /** A principal's claims statistics over {@code quarter} or, without one, over {@code year}. */
    @GET
    @Path("/statistics/{principal}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", XLSX})
    public Response statistics(@PathParam("principal") String principal, @QueryParam("quarter") String quarterText,
                               @QueryParam("year") String yearText, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        InsurerScope.check(security, principal);
        Quarter quarter = quarterText == null || quarterText.isBlank() ? null : Params.quarter(quarterText, "quarter");
        int year = quarter == null ? Params.year(yearText, "year") : quarter.year();
        ReportFormat document = Params.jsonPdfOrXlsx(format);
        var report = annualReports.statistics(principal, quarter, year);
        return answer(report, report::document, "statistics", document, "statistiques-" + principal + "-" + report.span());
    }

    @GET
    @Path("/annual/revenue")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", XLSX})
    public Response revenue(@QueryParam("year") String yearText, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        int year = Params.year(yearText, "year");
        ReportFormat document = Params.jsonPdfOrXlsx(format);
        var report = annualReports.revenueSplit(year);
        return answer(report, report::document, "revenue-split", document, "repartition-chiffre-affaires-" + year);
    }

    @GET
    @Path("/annual/schemes/{scheme}")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", XLSX})
    public Response schemePackage(@PathParam("scheme") String scheme, @QueryParam("year") String yearText,
                                  @QueryParam("format") @DefaultValue("json") String format) throws LedgerException, ReportRenderingException {
        int year = Params.year(yearText, "year");
        ReportFormat document = Params.jsonPdfOrXlsx(format);
        var report = annualReports.schemePackage(scheme, year);
        return answer(report, report::document, "scheme-package", document, "comptes-annuels-" + scheme + "-" + year);
    }

    /** json (null), pdf or xlsx, checked before anything is read. */
    /** The report as JSON, or its document: the PDF by BIRT, the workbook by POI, from the same rows. */
    private Response answer(Object report, Supplier<ManagementDocument> document, String documentCode, ReportFormat format,
                            String fileName)
            throws ReportRenderingException {
        if (format == null) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        byte[] bytes = format == ReportFormat.PDF
                ? renderer.render(Report.MANAGEMENT_DOCUMENT, Map.of("document", documentCode),
                        DocumentLine.of(document.get()), format)
                : DocumentWorkbook.of(document.get());
        return Attachment.of(bytes, format.mediaType(), fileName + "." + format.fileExtension());
    }
}
