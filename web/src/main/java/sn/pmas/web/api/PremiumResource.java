package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import sn.pmas.ledger.LedgerException;
import sn.pmas.party.PartyService;
import sn.pmas.premium.Arrears;
import sn.pmas.premium.PremiumRegister;
import sn.pmas.premium.PremiumRegisters;
import sn.pmas.premium.RegisterCriteria;
import sn.pmas.premium.RegisterDimension;

/** The premium registers and arrears; an insurer's user reads its own insurer's only. */
@Path("/premiums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR, Roles.INSURER})
public class PremiumResource {

    @EJB
    private PremiumRegisters registers;
    @EJB
    private PartyService parties;
    @Context
    private SecurityContext security;

    /** {@code groupBy}: any of insurer, group, product, month, comma-separated; empty for one total row. */
    @GET
    @Path("/register")
    public PremiumRegister register(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("insurer") String insurer, @QueryParam("group") String group,
                                    @QueryParam("product") String product,
                                    @QueryParam("groupBy") @DefaultValue("insurer,group,product,month") String groupBy)
            throws LedgerException {
        return registers.register(RegisterCriteria.of(Params.period(from, "from"), Params.period(to, "to"),
                insurer(insurer), group, product, RegisterDimension.parseList(groupBy, "groupBy")));
    }

    /** Unpaid quittances at {@code asOf} (today by default) with their ageing buckets. */
    @GET
    @Path("/arrears")
    public Arrears arrears(@QueryParam("asOf") String asOf, @QueryParam("insurer") String insurer) throws LedgerException {
        return registers.arrears(asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"), insurer(insurer));
    }

    private String insurer(String requested) {
        return InsurerScope.resolve(security, requested, parties);
    }
}
