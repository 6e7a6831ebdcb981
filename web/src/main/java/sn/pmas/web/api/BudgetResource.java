package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import sn.pmas.budget.BudgetComparison;
import sn.pmas.budget.BudgetException;
import sn.pmas.budget.BudgetReportLine;
import sn.pmas.budget.BudgetRejection;
import sn.pmas.budget.BudgetView;
import sn.pmas.budget.BudgetWorkbook;
import sn.pmas.budget.Budgets;
import sn.pmas.budget.Spread;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The annual budget (docs/budget.md): read, prepare from the year before, set a cell, download and
 * upload the workbook, approve; and budget against actual of a month and the year to date (JSON,
 * PDF, XLSX). The accountant writes; directors and auditors read.
 */
@Path("/budget")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class BudgetResource {

    /** The rule of a preparation: {@code growthPercent} 5 for +5 %; {@code spread} EVEN or PROFILE. */
    public record Preparation(BigDecimal growthPercent, String spread) {
    }

    /** One cell's amount, whole francs. */
    public record Amount(Long amount) {
    }

    @EJB
    private Budgets budgets;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Path("/{year}")
    public BudgetView budget(@PathParam("year") String year) throws BudgetException {
        int fiscalYear = year(year);
        return budgets.view(fiscalYear).orElseThrow(() -> new BudgetException(BudgetRejection.NOT_FOUND, "year",
                "Aucun budget pour l'exercice " + fiscalYear + " : le préparer d'abord."));
    }

    /** Prepares (again) the draft from the year before's actuals: the same rule twice gives the same budget. */
    @POST
    @Path("/{year}/preparation")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView prepare(@PathParam("year") String year, Preparation request) throws BudgetException, LedgerException {
        Params.required(request, "body");
        Params.required(request.growthPercent(), "growthPercent");
        Params.required(request.spread(), "spread");
        return budgets.prepare(year(year), request.growthPercent(), Params.optionalEnum(request.spread(), Spread.class, "spread"));
    }

    @PUT
    @Path("/{year}/lines/{account}/{month}")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView set(@PathParam("year") String year, @PathParam("account") String account, @PathParam("month") String month,
                          Amount request) throws BudgetException, LedgerException {
        Params.required(request, "body");
        Params.required(request.amount(), "amount");
        if (month == null || !month.matches("\\d{1,2}")) {
            throw new LedgerException(Rejection.FIELD_INVALID, "month", "Mois attendu de 1 à 12 (reçu : " + month + ").");
        }
        return budgets.setAmount(year(year), account, Integer.parseInt(month), request.amount());
    }

    @POST
    @Path("/{year}/approval")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView approve(@PathParam("year") String year) throws BudgetException {
        return budgets.approve(year(year));
    }

    @GET
    @Path("/{year}/workbook")
    @Produces(ProviderIncentiveResource.XLSX)
    public Response workbook(@PathParam("year") String year) throws BudgetException {
        return Attachment.of(budgets.workbook(year(year)), ProviderIncentiveResource.XLSX, "budget-" + year + ".xlsx");
    }

    /** The filled workbook replaces the draft whole; a cell refused refuses the file, each named in {@code errors}. */
    @PUT
    @Path("/{year}/workbook")
    @Consumes({ProviderIncentiveResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView upload(@PathParam("year") String year, InputStream body) throws BudgetException, LedgerException, IOException {
        byte[] content = body.readNBytes(BudgetWorkbook.MAX_BYTES + 1);
        if (content.length > BudgetWorkbook.MAX_BYTES) {
            throw new LedgerException(Rejection.IMPORT_TOO_LARGE, "body", "Le fichier dépasse " + BudgetWorkbook.MAX_BYTES / (1024 * 1024)
                    + " Mo : un budget tient en quelques centaines de lignes.");
        }
        return budgets.importWorkbook(year(year), content);
    }

    /** Budget against actual of {@code month} (AAAA-MM) and January to it. */
    @GET
    @Path("/against-actual")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", ProviderIncentiveResource.XLSX})
    public Response againstActual(@QueryParam("month") String monthText, @QueryParam("format") @DefaultValue("json") String format)
            throws BudgetException, LedgerException, ReportRenderingException {
        YearMonth month = Params.period(monthText, "month");
        ReportFormat document = Params.jsonPdfOrXlsx(format);
        BudgetComparison comparison = budgets.againstActual(month.getYear(), month.getMonthValue());
        if (document == null) {
            return Response.ok(comparison, MediaType.APPLICATION_JSON).build();
        }
        return Attachment.of(renderer.render(Report.BUDGET_AGAINST_ACTUAL, Map.of("month", month.toString()), BudgetReportLine.of(comparison),
                document), document.mediaType(), "budget-realise-" + month + "." + document.fileExtension());
    }

    private static int year(String value) throws BudgetException {
        if (value == null || !value.matches("\\d{4}")) {
            throw new BudgetException(BudgetRejection.FIELD_INVALID, "year", "Exercice attendu sur quatre chiffres (reçu : " + value + ").");
        }
        return Integer.parseInt(value);
    }
}
