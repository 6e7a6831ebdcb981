package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import sn.pmas.audittrail.ChainReport;
import sn.pmas.audittrail.ChainVerifier;
import sn.pmas.audittrail.JournalFile;
import sn.pmas.audittrail.VerificationProgress;
import sn.pmas.ledger.LedgerException;

/**
 * What auditors download and check (docs/audit-trail.md): the verification of a year's hash
 * chains and its progress, and the year's journal as one flat file. Reads only: sealing the
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
}
