package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reportcatalogue.CatalogueEntry;
import sn.pmas.reportcatalogue.ReportCatalogue;

/**
 * The report catalogue (docs/report-catalogue.md): {@code GET /api/reports/catalogue} lists the
 * reports the caller's roles may produce; {@code GET /api/reports/catalogue/{code}/document?...}
 * checks the parameters against the catalogue and answers 303 to the report's own endpoint, which
 * renders it under its own role checks and insurer scope.
 */
@Path("/reports/catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class ReportCatalogueResource {

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @GET
    public List<CatalogueEntry> catalogue() {
        return ReportCatalogue.visibleTo(security::isUserInRole);
    }

    @GET
    @Path("/{code}")
    public CatalogueEntry entry(@PathParam("code") String code) throws LedgerException {
        return visible(code);
    }

    @GET
    @Path("/{code}/document")
    public Response document(@PathParam("code") String code) throws LedgerException {
        CatalogueEntry entry = visible(code);
        Map<String, String> values = new HashMap<>();
        uri.getQueryParameters().forEach((name, given) -> values.put(name, given.get(0)));
        return Response.seeOther(uri.getBaseUri().resolve(entry.href(values))).build();
    }

    /** A report the caller may see; one it may not is as unknown to it as one that does not exist. */
    private CatalogueEntry visible(String code) throws LedgerException {
        return ReportCatalogue.find(code).filter(entry -> entry.visibleTo(security::isUserInRole))
                .orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "report", "Aucun rapport " + code + " au catalogue."));
    }
}
