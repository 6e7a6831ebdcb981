package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import sn.pmas.currentaccount.PrincipalStatement;
import sn.pmas.currentaccount.PrincipalStatements;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/statement.xhtml: a principal's current-account statement over a period, from the
 * query string ({@code ?principal=ASKIA&from=2026-01-01&to=2026-01-31}); the year to date by
 * default. A refusal (unknown principal, dates the wrong way round) is shown on the page.
 */
@Named
@RequestScoped
public class StatementPage {

    @EJB
    private PrincipalStatements statements;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private String principal;
    private DateParameter from;
    private DateParameter to;
    private PrincipalStatement statement;
    private String refusal;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        principal = parameters.getOrDefault("principal", "").strip();
        from = DateParameter.of(parameters.get("from"), today.withDayOfYear(1));
        to = DateParameter.of(parameters.get("to"), today);
        if (principal.isEmpty()) {
            refusal = "Choisissez un mandant dans la liste des mandants.";
            return;
        }
        try {
            statement = statements.statement(principal, from.date(), to.date());
        } catch (LedgerException e) {
            refusal = e.getMessage();
        }
    }

    public String getPrincipal() {
        return principal;
    }

    public DateParameter getFrom() {
        return from;
    }

    public DateParameter getTo() {
        return to;
    }

    /** Null when refused. */
    public PrincipalStatement getStatement() {
        return statement;
    }

    public String getRefusal() {
        return refusal;
    }

    /** The query of the statement's downloads, for a format (pdf, csv). */
    public String downloadQuery(String format) {
        return "from=" + from.value() + "&to=" + to.value() + "&format=" + format;
    }

    public String getEncodedPrincipal() {
        return URLEncoder.encode(principal, StandardCharsets.UTF_8);
    }
}
