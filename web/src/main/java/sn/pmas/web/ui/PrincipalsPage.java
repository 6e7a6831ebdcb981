package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.workingfund.FundsPosition;
import sn.pmas.workingfund.WorkingFunds;

/**
 * Backs ui/principals.xhtml: every active principal's working fund on a date ({@code ?asOf=},
 * today by default), those under their alert floor marked.
 */
@Named
@RequestScoped
public class PrincipalsPage {

    @EJB
    private WorkingFunds workingFunds;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private DateParameter asOf;
    private List<FundsPosition> positions;

    @PostConstruct
    void load() {
        asOf = DateParameter.of(parameters.get("asOf"), LocalDate.now());
        positions = workingFunds.positions(asOf.date());
    }

    public DateParameter getAsOf() {
        return asOf;
    }

    public List<FundsPosition> getPositions() {
        return positions;
    }

    public long getBelowFloorCount() {
        return positions.stream().filter(FundsPosition::belowFloor).count();
    }

    public String getFloorSummary() {
        long below = getBelowFloorCount();
        if (below == 0) {
            return "Tous les mandants au-dessus de leur seuil";
        }
        return below == 1 ? "1 mandant sous son seuil" : below + " mandants sous leur seuil";
    }

    /** The statement linked from a row: from the start of the year to the date shown. */
    public String getStatementPeriod() {
        return "from=" + asOf.date().withDayOfYear(1) + "&to=" + asOf.date();
    }

    /** Insurers are "compagnies"; mutuelles, IPM and purchasing funds delegate their management. */
    public String typeLabel(FundsPosition position) {
        return "INSURER".equals(position.principalType()) ? "Compagnie" : "Délégataire";
    }
}
