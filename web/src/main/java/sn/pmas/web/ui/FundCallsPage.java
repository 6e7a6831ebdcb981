package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.Francs;
import sn.pmas.web.api.RetryLostRace;
import sn.pmas.workingfund.FundCallProposal;
import sn.pmas.workingfund.FundCallView;
import sn.pmas.workingfund.FundCalls;
import sn.pmas.workingfund.FundsPosition;
import sn.pmas.workingfund.WorkingFunds;

/**
 * Backs ui/fund-calls.xhtml: the calls issued, latest first, and a new call. Choosing a principal
 * and a date ({@code ?principal=ASKIA&issuedOn=2026-01-31}, a GET) shows the proposal — what
 * restores the target level — with its amount prefilled; the accountant may change it and issues.
 */
@Named
@RequestScoped
@RetryLostRace
public class FundCallsPage {

    @EJB
    private FundCalls fundCalls;
    @EJB
    private WorkingFunds workingFunds;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private String principal;
    private DateParameter issuedOn;
    private List<FundsPosition> principals;
    private FundCallProposal proposal;
    private Long amount;
    private String refusal;
    private List<FundCallView> calls;

    @PostConstruct
    void load() {
        principal = parameters.getOrDefault("principal", "").strip();
        issuedOn = DateParameter.of(parameters.get("issuedOn"), LocalDate.now());
        principals = workingFunds.positions(issuedOn.date());
        try {
            calls = fundCalls.list(null);
            if (!principal.isEmpty()) {
                proposal = fundCalls.propose(principal, issuedOn.date());
                amount = proposal.proposedAmount() > 0 ? proposal.proposedAmount() : null;
            }
        } catch (LedgerException e) {
            refusal = e.getMessage();
        }
    }

    public String issue() {
        try {
            FundCallView call = fundCalls.issue(principal, amount, issuedOn.date());
            return ActionMessages.done(faces, "Appel de fonds n° " + call.number() + " émis pour " + call.principalCode()
                    + " : " + Francs.amount(call.amount()) + ".", "/ui/fund-calls.xhtml?issued=" + call.number());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String getPrincipal() {
        return principal;
    }

    public DateParameter getIssuedOn() {
        return issuedOn;
    }

    /** The principals a call may go to, with what each would be asked on the date chosen. */
    public List<FundsPosition> getPrincipals() {
        return principals;
    }

    /** Null until a principal is chosen, or when the proposal was refused. */
    public FundCallProposal getProposal() {
        return proposal;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<FundCallView> getCalls() {
        return calls;
    }

    /** The call just issued (after the redirect), to point it out in the list. */
    public String getIssued() {
        return parameters.get("issued");
    }

    public String statusLabel(Object status) {
        return switch (String.valueOf(status)) {
            case "ISSUED" -> "Émis";
            case "PARTLY_RECEIVED" -> "Reçu en partie";
            case "SETTLED" -> "Soldé";
            default -> String.valueOf(status);
        };
    }
}
