package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.statements.FinancialStatements;
import sn.pmas.statements.FinancialStatementsService;
import sn.pmas.statements.LineAccount;
import sn.pmas.statements.Mapping;
import sn.pmas.statements.PublishOutcome;
import sn.pmas.statements.StatementIssue;
import sn.pmas.statements.StatementKind;
import sn.pmas.statements.StatementsException;
import sn.pmas.web.api.RetryLostRace;

/**
 * Backs ui/financial-statements.xhtml (docs/financial-statements.md): the statements of a year
 * ({@code ?year=}, by default the latest year with postings) with the year before, their
 * cross-checks, a line's accounts ({@code ?line=BILAN:BW}), the package's downloads and issues,
 * publication (accountants), and the mapping in force.
 */
@Named
@RequestScoped
@RetryLostRace
public class FinancialStatementsPage {

    @EJB
    private FinancialStatementsService service;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private Integer year;
    private List<Integer> years;
    private FinancialStatements statements;
    private List<StatementIssue> issues;
    private Mapping mapping;
    private String lineStatement;
    private String lineCode;
    private List<LineAccount> lineAccounts;

    @PostConstruct
    void load() {
        years = service.years();
        year = YearParameter.of(parameters, years, service::latestYearWithEntries);
        if (year == null) {
            return;
        }
        try {
            statements = service.statements(year);
            issues = service.issues(year);
            mapping = service.mapping(year);
            String[] line = parameters.getOrDefault("line", "").toUpperCase(Locale.ROOT).split(":");
            if (line.length == 2) {
                lineAccounts = service.lineAccounts(year, StatementKind.valueOf(line[0]), line[1]);
                lineStatement = line[0];
                lineCode = line[1];
            }
        } catch (LedgerException | IllegalArgumentException e) {
            ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String publish() {
        try {
            int acted = Integer.parseInt(parameters.getOrDefault("actedYear", String.valueOf(year)).strip());
            PublishOutcome outcome = service.publish(acted);
            return ActionMessages.done(faces, outcome.replayed()
                    ? "Chiffres inchangés depuis l'édition n° " + outcome.issue().number() + " : rien de nouveau à publier."
                    : "Édition n° " + outcome.issue().number() + " des états financiers " + acted + " publiée.",
                    "/ui/financial-statements.xhtml?year=" + acted);
        } catch (LedgerException | StatementsException | ReportRenderingException e) {
            return ActionMessages.refused(faces, e.getMessage());
        } catch (NumberFormatException e) {
            return ActionMessages.refused(faces, "Exercice à publier illisible.");
        }
    }

    public Integer getYear() {
        return year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public FinancialStatements getStatements() {
        return statements;
    }

    public List<StatementIssue> getIssues() {
        return issues;
    }

    public Mapping getMapping() {
        return mapping;
    }

    public List<LineAccount> getLineAccounts() {
        return lineAccounts;
    }

    public String getLineStatement() {
        return lineStatement;
    }

    public String getLineCode() {
        return lineCode;
    }

    public List<StatementKind> getKinds() {
        return List.of(StatementKind.values());
    }
}
