package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import sn.pmas.audittrail.AuditorBooks;
import sn.pmas.audittrail.ChainReport;
import sn.pmas.audittrail.ChainVerifier;
import sn.pmas.audittrail.GeneralLedgerRow;
import sn.pmas.audittrail.JournalFile;
import sn.pmas.audittrail.VerificationProgress;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * What auditors download and check (docs/audit-trail.md): the verification of a year's hash
 * chains and its progress, the year's journal as one flat file, the grand livre and the balance
 * générale with auxiliary accounts. Reads only: sealing the
 * entries that await it is the ledger's own bookkeeping.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.DIRECTOR, Roles.ACCOUNTANT})
public class AuditResource {

    @EJB
    private ChainVerifier verifier;
    @EJB
    private JournalFile journalFile;
    @EJB
    private AuditorBooks books;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Path("chain")
    public ChainReport chain(@QueryParam("year") String year) throws LedgerException {
        return verifier.verify(Params.year(year, "year"));
    }

    @GET
    @Path("chain/progress")
    public VerificationProgress progress(@QueryParam("year") String year) throws LedgerException {
        return verifier.progress(Params.year(year, "year"));
    }

    @GET
    @Path("journal")
    @Produces(JournalFile.MEDIA_TYPE)
    public Response journal(@QueryParam("year") String value) throws LedgerException {
        int year = Params.year(value, "year");
        journalFile.requireYear(year);
        StreamingOutput body = output -> {
            try {
                journalFile.write(year, output);
            } catch (LedgerException e) {
                throw new IllegalStateException("the year was checked before the download started", e);
            }
        };
        return Response.ok(body, JournalFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"journal-" + year + ".csv\"").build();
    }

    /** The grand livre of a year from one account to another (by default every account), as PDF or XLSX. */
    @GET
    @Path("general-ledger")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response generalLedger(@QueryParam("year") String value, @QueryParam("fromAccount") @DefaultValue("1") String fromAccount,
                                  @QueryParam("toAccount") @DefaultValue("8") String toAccount,
                                  @QueryParam("format") @DefaultValue("pdf") String format)
            throws LedgerException, ReportRenderingException {
        int year = Params.year(value, "year");
        ReportFormat document = documentFormat(format);
        List<GeneralLedgerRow> rows = books.generalLedger(year, fromAccount.strip(), toAccount.strip());
        return Attachment.of(renderer.render(Report.GENERAL_LEDGER, Map.of("year", Integer.toString(year), "fromAccount",
                fromAccount.strip(), "toAccount", toAccount.strip()), rows, document), document.mediaType(),
                "grand-livre-" + year + "." + document.fileExtension());
    }

    /** The balance générale of a year with the control accounts broken down into their auxiliary accounts: json, pdf or xlsx. */
    @GET
    @Path("trial-balance")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response trialBalance(@QueryParam("year") String value, @QueryParam("format") @DefaultValue("json") String format)
            throws LedgerException, ReportRenderingException {
        int year = Params.year(value, "year");
        if ("json".equals(format)) {
            return Response.ok(books.auxiliaryTrialBalance(year), MediaType.APPLICATION_JSON).build();
        }
        ReportFormat document = documentFormat(format);
        return Attachment.of(renderer.render(Report.AUXILIARY_TRIAL_BALANCE, Map.of("period", Integer.toString(year)),
                books.auxiliaryTrialBalance(year).rows(), document), document.mediaType(),
                "balance-auxiliaire-" + year + "." + document.fileExtension());
    }

    private static ReportFormat documentFormat(String format) throws LedgerException {
        return switch (format) {
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.XLSX;
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : pdf ou xlsx (reçu : " + format + ").");
        };
    }
}
