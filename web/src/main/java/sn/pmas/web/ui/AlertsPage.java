package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.web.api.RetryLostRace;
import sn.pmas.workingfund.AlertState;
import sn.pmas.workingfund.AlertView;
import sn.pmas.workingfund.Alerts;

/**
 * Backs ui/alerts.xhtml: the alerts in one state ({@code ?state=OPEN}, the default; {@code ALL}
 * for every one), and the accountant's acknowledge and resolve actions with a comment. The
 * alert acted on is named by the submitted form itself, never by its position in the list,
 * which may have changed since the page was shown.
 */
@Named
@RequestScoped
@RetryLostRace
public class AlertsPage {

    static final String ALL = "ALL";
    private static final Map<String, String> STATES = Map.of(
            "OPEN", "Ouverte", "ACKNOWLEDGED", "Prise en compte", "RESOLVED", "Résolue", ALL, "Toutes");
    private static final Map<String, String> TYPES = Map.of(
            "BELOW_FLOOR", "Fonds sous le seuil",
            "CLAIM_ABOVE_LIMIT", "Sinistre au-dessus du plafond",
            "FORCED_PAYMENT", "Sinistre forcé",
            "RETURNED_CHEQUE", "Chèque impayé");

    @EJB
    private Alerts alerts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private String state;
    private List<AlertView> shown;

    @PostConstruct
    void load() {
        String requested = parameters.getOrDefault("state", AlertState.OPEN.name());
        state = ALL.equals(requested) ? ALL
                : Arrays.stream(AlertState.values()).map(Enum::name).filter(requested::equals).findFirst()
                        .orElse(AlertState.OPEN.name());
        shown = alerts.list(ALL.equals(state) ? null : AlertState.valueOf(state));
    }

    /** The state shown: an {@link AlertState} name, or ALL. */
    public String getState() {
        return state;
    }

    public List<AlertView> getAlerts() {
        return shown;
    }

    /** The filter links, in the order of an alert's life. */
    public List<String> getStates() {
        return List.of("OPEN", "ACKNOWLEDGED", "RESOLVED", ALL);
    }

    public String stateLabel(Object state) {
        return STATES.getOrDefault(String.valueOf(state), String.valueOf(state));
    }

    public String typeLabel(Object type) {
        return TYPES.getOrDefault(String.valueOf(type), String.valueOf(type));
    }

    public String acknowledge() {
        return act(true);
    }

    public String resolve() {
        return act(false);
    }

    private String act(boolean acknowledge) {
        long id;
        try {
            id = Long.parseLong(parameters.getOrDefault("alertId", ""));
        } catch (NumberFormatException e) {
            return ActionMessages.refused(faces, "Alerte non précisée.");
        }
        String comment = parameters.getOrDefault("comment", "").strip();
        try {
            AlertView alert = acknowledge ? alerts.acknowledge(id, comment) : alerts.resolve(id, comment);
            return ActionMessages.done(faces, "Alerte n° " + alert.id() + " " + (acknowledge ? "prise en compte." : "résolue."),
                    "/ui/alerts.xhtml?state=" + state);
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }
}
