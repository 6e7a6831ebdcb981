package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import sn.pmas.commission.CommissionAgreementView;
import sn.pmas.commission.CommissionAgreements;
import sn.pmas.commission.CommissionKind;
import sn.pmas.commission.CommissionRuns;
import sn.pmas.commission.CommissionTerms;
import sn.pmas.commission.RunView;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/**
 * Front-office and business-introduction commissions (docs/commissions.md): the parties' dated
 * agreements, each quarter's preview and confirmation, the confirmed runs and their documents.
 */
@Path("/commissions")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class CommissionResource {

    /** {@code bookedOn} (yyyy-MM-dd) the arrêté's date, the quarter's last day when absent; {@code bankAccount} pays the cheques. */
    public record Confirmation(String bookedOn, String bankAccount) {
    }

    @EJB
    private CommissionAgreements agreements;
    @EJB
    private CommissionRuns runs;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Path("/agreements")
    public List<CommissionAgreementView> agreements(@QueryParam("kind") String kind) throws LedgerException {
        return agreements.list(kind(kind));
    }

    @GET
    @Path("/agreements/{party}")
    public List<CommissionAgreementView> history(@PathParam("party") String party) throws LedgerException {
        return agreements.history(party);
    }

    @POST
    @Path("/agreements/{party}")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Response record(@PathParam("party") String party, CommissionTerms terms) throws LedgerException {
        Params.required(terms, "body");
        return Response.status(201).entity(agreements.record(party, terms)).build();
    }

    @GET
    @Path("/{kind}/{quarter}/preview")
    public RunView preview(@PathParam("kind") String kind, @PathParam("quarter") String quarter,
                           @QueryParam("bookedOn") String bookedOn) throws LedgerException {
        return runs.preview(kind(kind), quarter, bookedOn == null ? null : Params.date(bookedOn, "bookedOn"));
    }

    /** The run booked once per kind and quarter: confirming again answers the same run. */
    @POST
    @Path("/{kind}/{quarter}/confirm")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public RunView confirm(@PathParam("kind") String kind, @PathParam("quarter") String quarter, Confirmation request)
            throws LedgerException {
        Params.required(request, "body");
        return runs.confirm(kind(kind), quarter, request.bookedOn() == null ? null : Params.date(request.bookedOn(), "bookedOn"),
                request.bankAccount());
    }

    @GET
    @Path("/runs")
    public List<RunView> list(@QueryParam("kind") String kind) throws LedgerException {
        return runs.list(kind == null ? null : kind(kind));
    }

    @GET
    @Path("/runs/{id}")
    public RunView run(@PathParam("id") long id) throws LedgerException {
        return runs.run(id);
    }

    /** {@code document}: {@code arrete} (arrêté de décompte) or {@code bordereau} (bordereau de reversement). */
    @GET
    @Path("/runs/{id}/{document}")
    @Produces("application/pdf")
    public Response document(@PathParam("id") long id, @PathParam("document") String document)
            throws LedgerException, ReportRenderingException {
        RunView run = runs.run(id);
        boolean settlement = "arrete".equals(document);
        if (!settlement && !"bordereau".equals(document)) {
            throw new LedgerException(sn.pmas.ledger.Rejection.NOT_FOUND, "document",
                    "Documents d'un arrêté : arrete ou bordereau (reçu : " + document + ").");
        }
        String title = run.kindLabel() + " — trimestre " + run.quarter();
        String reference = "Arrêté n° " + run.id() + " du " + run.bookedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + (settlement ? "" : " — chèques bloqués jusqu'au déblocage par la trésorerie");
        byte[] pdf = renderer.render(settlement ? Report.COMMISSION_SETTLEMENT : Report.COMMISSION_REMITTANCE,
                Map.of("title", title, "run", reference),
                settlement ? CommissionRuns.settlementRows(run) : CommissionRuns.remittanceRows(run), ReportFormat.PDF);
        return Attachment.pdf(pdf, (settlement ? "arrete-decompte-" : "bordereau-reversement-") + run.kind().name().toLowerCase()
                .replace('_', '-') + "-" + run.quarter());
    }

    private static CommissionKind kind(String kind) throws LedgerException {
        Params.required(kind, "kind");
        return Params.optionalEnum(kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), CommissionKind.class, "kind");
    }
}
