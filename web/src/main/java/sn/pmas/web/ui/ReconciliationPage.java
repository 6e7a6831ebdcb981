package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import sn.pmas.reconciliation.Reconciliation;
import sn.pmas.reconciliation.Reconciliations;

/**
 * Backs ui/reconciliation.xhtml: each register against its control accounts on a date
 * ({@code ?asOf=}, by default the latest date with postings), those that do not tie marked with
 * the first item that differs.
 */
@Named
@RequestScoped
public class ReconciliationPage {

    @EJB
    private Reconciliations reconciliations;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private DateParameter asOf;
    private List<Reconciliation> pairs;

    @PostConstruct
    void load() {
        asOf = DateParameter.of(parameters.get("asOf"), reconciliations.latestPostingDate());
        pairs = reconciliations.asOf(asOf.date());
    }

    public DateParameter getAsOf() {
        return asOf;
    }

    public List<Reconciliation> getPairs() {
        return pairs;
    }

    public long getUntiedCount() {
        return pairs.stream().filter(pair -> !pair.tied()).count();
    }

    public String getSummary() {
        long untied = getUntiedCount();
        if (untied == 0) {
            return "Tous les registres concordent avec le grand livre";
        }
        return untied == 1 ? "1 registre ne concorde pas avec le grand livre" : untied + " registres ne concordent pas avec le grand livre";
    }

    /** "4581, 47121" */
    public String accounts(Reconciliation pair) {
        return String.join(", ", pair.accounts());
    }
}
