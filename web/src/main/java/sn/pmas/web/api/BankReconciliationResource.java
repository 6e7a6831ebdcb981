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
import java.time.LocalDate;
import java.util.Map;
import sn.pmas.bankstatement.BankReconciliations;
import sn.pmas.bankstatement.ReconciliationRow;
import sn.pmas.bankstatement.ReconciliationStatement;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/** The état de rapprochement bancaire of an account on a date (docs/bank-statements.md): JSON, PDF or XLSX. */
@Path("/bank-reconciliation")
@RequestScoped
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class BankReconciliationResource {

    @EJB
    private BankReconciliations reconciliations;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response statement(@QueryParam("bank") String bank, @QueryParam("asOf") String asOf,
                              @QueryParam("format") @DefaultValue("json") String format) throws LedgerException, ReportRenderingException {
        Params.required(bank, "bank");
        LocalDate on = Params.date(asOf, "asOf");
        ReconciliationStatement statement = reconciliations.on(bank, on);
        return switch (format) {
            case "json" -> Response.ok(statement, MediaType.APPLICATION_JSON).build();
            case "pdf", "xlsx" -> {
                ReportFormat reportFormat = "pdf".equals(format) ? ReportFormat.PDF : ReportFormat.XLSX;
                yield Attachment.of(renderer.render(Report.BANK_RECONCILIATION, Map.of("bank", bank, "asOf", on.toString()),
                        ReconciliationRow.of(statement), reportFormat), reportFormat.mediaType(),
                        "rapprochement-" + bank + "-" + on + "." + reportFormat.code());
            }
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : json, pdf ou xlsx (reçu : " + format + ").");
        };
    }
}
