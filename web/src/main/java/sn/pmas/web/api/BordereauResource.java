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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.YearMonth;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.PartyService;
import sn.pmas.premium.Bordereau;
import sn.pmas.premium.BordereauKind;
import sn.pmas.premium.Bordereaux;
import sn.pmas.reporting.CsvDocument;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The monthly bordereaux of an insurer, e.g. {@code GET /api/bordereaux/production?insurer=ASKIA&month=2025-03&format=pdf}:
 * kinds production, collections, claims; formats pdf (BIRT) and csv. An insurer's user reads its
 * own insurer's only, and gets them without naming it.
 */
@Path("/bordereaux")
@RequestScoped
@Produces({"application/pdf", "text/csv"})
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class BordereauResource {

    @EJB
    private Bordereaux bordereaux;
    @EJB
    private ReportRenderer renderer;
    @EJB
    private PartyService parties;
    @Context
    private SecurityContext security;

    @GET
    @Path("/{kind}")
    public Response bordereau(@PathParam("kind") String kindCode, @QueryParam("insurer") String requestedInsurer,
                              @QueryParam("month") String monthText, @QueryParam("format") @DefaultValue("pdf") String format)
            throws LedgerException, ReportRenderingException {
        BordereauKind kind = BordereauKind.fromCode(kindCode).orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND,
                "kind", "Bordereau inconnu : " + kindCode + " (attendus : production, collections, claims)."));
        String insurer = InsurerScope.resolve(security, requestedInsurer, parties);
        Params.required(insurer, "insurer");
        YearMonth month = Params.period(monthText, "month");
        String fileName = "bordereau-" + kind.code() + "-" + insurer + "-" + month;
        return switch (format) {
            case "csv" -> {
                Bordereau bordereau = bordereaux.bordereau(kind, insurer, month);
                yield Attachment.csv(CsvDocument.of(kind.headers(), bordereau.lines()), fileName);
            }
            case "pdf" -> {
                // An unknown insurer is a 404 here, not an empty document.
                bordereaux.insurerName(insurer);
                yield Attachment.pdf(renderer.render(Report.BORDEREAU,
                        Map.of("kind", kind.code(), "insurer", insurer, "month", month.toString()), ReportFormat.PDF), fileName);
            }
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format",
                    "Format attendu : pdf ou csv (reçu : " + format + ").");
        };
    }
}
