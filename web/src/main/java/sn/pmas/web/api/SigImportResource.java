package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import sn.pmas.demo.DemoEventSamples;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.sig.EventFile;
import sn.pmas.sig.EventFileFormat;
import sn.pmas.sig.EventOutcome;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.RowError;
import sn.pmas.sig.SigIngestion;
import sn.pmas.sig.SigRejection;

/**
 * A file of SIG events (docs/sig-import.md), sent as the raw request body: booked in full through
 * the ingestion, or refused with every reason, row by row. Nothing is booked from a file with a
 * single bad row.
 */
@Path("/sig/imports")
@RequestScoped
@RetryLostRace
@RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
public class SigImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What a file gave: events read, booked now, and replayed (sent before, nothing posted again). */
    public record ImportResult(int rows, int booked, int replayed, List<EventOutcome> outcomes) {
    }

    @EJB
    private SigIngestion ingestion;
    @EJB
    private DemoEventSamples samples;

    @POST
    @Consumes({"text/csv", XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws LedgerException, IOException {
        EventFileFormat format = EventFileFormat.ofMediaType(contentType).orElseThrow();
        EventFile file = format.read(readAtMost(body, EventFile.MAX_BYTES));
        if (file.hasErrors()) {
            return rejected(file.errors());
        }
        try {
            List<EventOutcome> outcomes = ingestion.ingest(file.events());
            int replayed = (int) outcomes.stream().filter(EventOutcome::replayed).count();
            return Response.ok(new ImportResult(outcomes.size(), outcomes.size() - replayed, replayed, outcomes)).build();
        } catch (EventsRejectedException e) {
            return rejected(file.locate(e.errors()));
        }
    }

    /** A month of demo events as a file to import ({@code ?month=2026-01&format=xlsx|csv}): a model, and a first try. */
    @GET
    @Path("/sample")
    public Response sample(@QueryParam("month") String month, @QueryParam("format") @DefaultValue("xlsx") String formatCode)
            throws LedgerException {
        YearMonth period = Params.period(month, "month");
        EventFileFormat format = EventFileFormat.ofExtension(formatCode).orElseThrow(() -> new LedgerException(
                Rejection.FIELD_INVALID, "format", "Format attendu : xlsx ou csv (reçu : " + formatCode + ")."));
        return Attachment.of(format.write(samples.month(period)), format.mediaType(),
                "evenements-sig-" + period + "." + format.extension());
    }

    private static byte[] readAtMost(InputStream body, int maxBytes) throws IOException, LedgerException {
        byte[] content = body.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new LedgerException(Rejection.IMPORT_TOO_LARGE, "body", "Le fichier dépasse " + maxBytes / (1024 * 1024)
                    + " Mo : découpez-le (un fichier compte au plus " + EventFile.MAX_EVENTS + " événements).");
        }
        return content;
    }

    private static Response rejected(List<RowError> errors) {
        int status = SigRejection.statusOf(errors.stream().map(RowError::code).toList());
        return Problem.of(status, SigRejection.IMPORT_REJECTED.code(), SigRejection.IMPORT_REJECTED.title(), errors.size()
                        + " erreur(s) : corrigez le fichier et importez-le à nouveau, en entier.", null)
                .withErrors(errors).toResponse();
    }
}
