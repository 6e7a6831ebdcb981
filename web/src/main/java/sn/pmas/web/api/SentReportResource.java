package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.PartyService;
import sn.pmas.reportcatalogue.CatalogueEntry;
import sn.pmas.reportcatalogue.MonthlyDispatch;
import sn.pmas.reportcatalogue.ReportCatalogue;
import sn.pmas.reportcatalogue.SentReportView;
import sn.pmas.reportcatalogue.SentReports;
import sn.pmas.reportcatalogue.SentReports.Archived;
import sn.pmas.reporting.ReportRenderingException;

/**
 * The archive of the documents sent (docs/report-catalogue.md): {@code GET /api/reports/archive}
 * lists (newest first; {@code recipient}, {@code report}, {@code month} narrow it),
 * {@code GET /api/reports/archive/{id}} returns the bytes as sent with their SHA-256 in
 * {@code X-Content-SHA256}; {@code POST /api/reports/archive} sends a catalogued document to the
 * principal it is about (renders it as its download, archives it);
 * {@code POST /api/reports/archive/monthly/{month}} produces a closed month's insurer tables now (the
 * timer's work). An insurer's user lists and downloads its own only.
 */
@Path("/reports/archive")
@RetryLostRace
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class SentReportResource {

    /** The header carrying the archived SHA-256 (hexadecimal) of a download. */
    static final String HASH_HEADER = "X-Content-SHA256";

    @EJB
    private SentReports archive;
    @EJB
    private MonthlyDispatch dispatch;
    @EJB
    private PartyService parties;
    @Inject
    private OutgoingDocuments outgoing;
    @Context
    private SecurityContext security;

    @GET
    public List<SentReportView> list(@QueryParam("recipient") String recipient, @QueryParam("report") String report,
                                     @QueryParam("month") String month) throws LedgerException {
        String scope = InsurerScope.resolve(security, recipient, parties);
        return archive.list(scope, blankToNull(report), month == null || month.isBlank() ? null : Params.period(month, "month").toString());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id) throws LedgerException {
        SentReportView sent = archive.find(id).orElseThrow(() -> notFound(id));
        InsurerScope.check(security, sent.recipient());
        byte[] content = archive.content(id).orElseThrow(() -> notFound(id));
        return Response.fromResponse(Attachment.of(content, sent.mediaType(), sent.fileName())).header(HASH_HEADER, sent.sha256()).build();
    }

    /** A document to send: a catalogue report, its parameters by name, its format (the report's first when absent). */
    public record Sending(String report, Map<String, String> parameters, String format) {
    }

    /**
     * Renders the document as its download does and archives it as sent: 201 with the archived copy,
     * or 200 with the first copy when these parameters and format were sent already (never replaced).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response send(Sending sending) throws LedgerException, ReportRenderingException {
        Params.required(sending, "body");
        String code = blankToNull(sending.report());
        Params.required(code, "report");
        CatalogueEntry entry = ReportCatalogue.find(code).orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "report",
                "Aucun rapport " + code + " au catalogue."));
        Map<String, String> values = new HashMap<>();
        if (sending.parameters() != null) {
            sending.parameters().forEach((name, value) -> {
                if (blankToNull(value) != null) {
                    values.put(name, value.strip());
                }
            });
        }
        String format = blankToNull(sending.format()) == null ? entry.formats().get(0) : sending.format().strip();
        Map<String, String> checked = new HashMap<>(values);
        checked.put("format", format);
        entry.href(checked); // every name, value and the format against the catalogue's definitions, before any read
        Archived archived = archive.archive(outgoing.render(entry, values, format), security.getUserPrincipal().getName());
        return (archived.created() ? Response.created(URI.create("reports/archive/" + archived.report().id())) : Response.ok())
                .entity(archived).type(MediaType.APPLICATION_JSON).build();
    }

    /** Answers every document of the month (and insurer), each with whether this call archived it. */
    @POST
    @Path("/monthly/{month}")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<Archived> produceMonth(@PathParam("month") String month, @QueryParam("insurer") String insurer)
            throws LedgerException, ReportRenderingException {
        return dispatch.produce(Params.period(month, "month"), blankToNull(insurer));
    }

    private static LedgerException notFound(long id) {
        return new LedgerException(Rejection.NOT_FOUND, "id", "Aucun document archivé sous le numéro " + id + ".");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
