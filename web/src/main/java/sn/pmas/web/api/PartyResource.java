package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.ConventionType;
import sn.pmas.party.PartyDetails;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.party.SchemeKind;

/** Third parties: insurers, delegating schemes, subscriber groups, providers, brokers. */
@Path("/parties")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class PartyResource {

    public record NewParty(String code, PartyType type, String name, SchemeKind schemeKind,
                           ConventionType conventionType, Integer paymentTermDays) {
    }

    @EJB
    private PartyService parties;

    @GET
    public List<PartyView> list(@QueryParam("type") PartyType type) {
        return parties.list(type);
    }

    @GET
    @Path("/{code}")
    public PartyView get(@PathParam("code") String code) throws LedgerException {
        return parties.find(code).orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "code",
                "Le tiers " + code + " n'existe pas."));
    }

    @POST
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response create(NewParty party) throws LedgerException {
        Params.required(party, "body");
        PartyView created = parties.create(party.code(), party.type(),
                new PartyDetails(party.name(), true, party.schemeKind(), party.conventionType(), party.paymentTermDays()));
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ACCOUNTANT)
    public PartyView update(@PathParam("code") String code, PartyDetails details) throws LedgerException {
        Params.required(details, "body");
        return parties.update(code, details);
    }
}
