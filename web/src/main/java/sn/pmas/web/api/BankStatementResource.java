package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import sn.pmas.bankstatement.BankStatements;
import sn.pmas.bankstatement.CsvMapping;
import sn.pmas.bankstatement.ImportProgress;
import sn.pmas.bankstatement.LineView;
import sn.pmas.bankstatement.MatchingRule;
import sn.pmas.bankstatement.MatchingRules;
import sn.pmas.bankstatement.StatementDetail;
import sn.pmas.bankstatement.StatementException;
import sn.pmas.bankstatement.StatementFormat;
import sn.pmas.bankstatement.StatementView;
import sn.pmas.demo.DemoStatementSamples;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/**
 * Bank statements (docs/bank-statements.md): the import of a file (raw body, {@code format=csv|camt053}),
 * the statements and their lines with their match, manual match and unmatch, the matching rules,
 * each bank's CSV mapping and statement identifier.
 */
@Path("/bank-statements")
@RequestScoped
@RetryLostRace
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class BankStatementResource {

    /** 20 000 lines of CAMT.053 stay well under this. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    public record Match(List<String> items) {
    }

    public record Identifier(String identifier) {
    }

    @EJB
    private BankStatements statements;
    @EJB
    private MatchingRules rules;
    @EJB
    private DemoStatementSamples samples;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public StatementView importStatement(@QueryParam("format") String format, @QueryParam("bankAccount") String bankAccount,
                                         @QueryParam("openingBalance") Long openingBalance, @QueryParam("progress") String progress,
                                         InputStream body) throws LedgerException, StatementException, IOException {
        StatementFormat parsed = StatementFormat.of(format).orElseThrow(() -> new LedgerException(Rejection.FIELD_INVALID, "format",
                "Format attendu : csv ou camt053 (reçu : " + format + ")."));
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new LedgerException(Rejection.IMPORT_TOO_LARGE, "body", "Le relevé dépasse " + MAX_BYTES / (1024 * 1024) + " Mo.");
        }
        return statements.importStatement(parsed, blankToNull(bankAccount), content, openingBalance, blankToNull(progress));
    }

    @GET
    public List<StatementView> list(@QueryParam("bankAccount") String bankAccount) throws LedgerException {
        return statements.list(blankToNull(bankAccount));
    }

    @GET
    @Path("/{id:[0-9]+}")
    public StatementDetail detail(@PathParam("id") long id) throws LedgerException, StatementException {
        return statements.detail(id);
    }

    /**
     * A demo month's statement to import ({@code ?bank=BQ-MANDANTS&month=2025-12&format=csv|camt053}), written
     * from the books so that it ties; a CSV's opening balance is in the {@code X-Opening-Balance} header.
     */
    @GET
    @Path("/sample")
    @Produces({"text/csv", "application/xml"})
    public Response sample(@QueryParam("bank") @DefaultValue("BQ-MANDANTS") String bank, @QueryParam("month") String month,
                           @QueryParam("format") @DefaultValue("camt053") String format) throws LedgerException {
        YearMonth period = month == null || month.isBlank() ? DemoStatementSamples.SAMPLE_MONTH : Params.period(month, "month");
        StatementFormat parsed = StatementFormat.of(format).orElseThrow(() -> new LedgerException(Rejection.FIELD_INVALID, "format",
                "Format attendu : csv ou camt053 (reçu : " + format + ")."));
        boolean csv = parsed == StatementFormat.CSV;
        return Response.fromResponse(Attachment.of(samples.statement(bank, period, parsed), csv ? "text/csv" : "application/xml",
                "releve-" + bank + "-" + period + (csv ? ".csv" : ".xml"))).header("X-Opening-Balance", samples.opening(bank, period)).build();
    }

    /** How far the import sent with {@code ?progress=token} has gone. */
    @GET
    @Path("/progress/{token}")
    public ImportProgress.Step progress(@PathParam("token") String token) {
        return ImportProgress.of(token);
    }

    @POST
    @Path("/lines/{line:[0-9]+}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public LineView match(@PathParam("line") long line, Match match) throws LedgerException, StatementException {
        Params.required(match, "body");
        return statements.match(line, match.items());
    }

    @POST
    @Path("/lines/{line:[0-9]+}/unmatch")
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public LineView unmatch(@PathParam("line") long line) throws LedgerException, StatementException {
        return statements.unmatch(line);
    }

    @GET
    @Path("/rules")
    public List<MatchingRule> rules() {
        return rules.list();
    }

    @PUT
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<MatchingRule> replaceRules(List<MatchingRule> replacement) throws StatementException {
        return rules.replace(replacement);
    }

    @GET
    @Path("/csv-mappings/{bank}")
    public CsvMapping mapping(@PathParam("bank") String bank) throws LedgerException {
        return rules.mapping(bank).orElseThrow(() -> new LedgerException(Rejection.NOT_FOUND, "bank",
                "Aucun format CSV enregistré pour le compte " + bank + "."));
    }

    @PUT
    @Path("/csv-mappings/{bank}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public CsvMapping saveMapping(@PathParam("bank") String bank, CsvMapping mapping) throws LedgerException, StatementException {
        return rules.saveMapping(bank, mapping);
    }

    @GET
    @Path("/identifiers/{bank}")
    public Identifier identifier(@PathParam("bank") String bank) throws LedgerException {
        return new Identifier(rules.identifier(bank));
    }

    @PUT
    @Path("/identifiers/{bank}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Identifier setIdentifier(@PathParam("bank") String bank, Identifier identifier) throws LedgerException, StatementException {
        Params.required(identifier, "body");
        return new Identifier(rules.setIdentifier(bank, identifier.identifier()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
