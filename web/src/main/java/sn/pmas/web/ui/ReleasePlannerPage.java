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
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.ReleaseProposal;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.Francs;

/**
 * Backs ui/release-planner.xhtml: for a bank account and a date ({@code ?bankAccount=&date=}, a GET)
 * the planner's proposal — the position, the cheques to release, those that stay held and why, the
 * fund calls that would free them — and the confirmation of all or part of it. The account shown by
 * default is the one with the most held cheques.
 */
@Named
@RequestScoped
public class ReleasePlannerPage {

    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private ChequeReleases releases;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private List<BankAccountView> banks;
    private String bankAccount;
    private DateParameter date;
    private ReleaseProposal proposal;
    private String refusal;

    @PostConstruct
    void load() {
        date = DateParameter.of(parameters.get("date"), LocalDate.now());
        banks = bankAccounts.list(date.date());
        bankAccount = parameters.getOrDefault("bankAccount", "").strip();
        if (bankAccount.isEmpty()) {
            bankAccount = banks.stream().max((a, b) -> Long.compare(a.position().held(), b.position().held()))
                    .map(BankAccountView::code).orElse("");
        }
        if (bankAccount.isEmpty()) {
            return;
        }
        try {
            proposal = releases.propose(bankAccount, date.date());
        } catch (LedgerException e) {
            refusal = e.getMessage();
        }
    }

    /** Releases the cheques ticked in the proposal. */
    public String confirm() {
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("release");
        if (ticked == null || ticked.length == 0) {
            return ActionMessages.refused(faces, "Cocher au moins un chèque à débloquer.");
        }
        try {
            List<ChequeView> released = releases.confirm(bankAccount, date.date(), List.of(ticked));
            long total = released.stream().mapToLong(ChequeView::amount).sum();
            return ActionMessages.done(faces, released.size() + " chèque(s) débloqué(s) pour " + Francs.amount(total) + ".",
                    "/ui/release-planner.xhtml?bankAccount=" + bankAccount + "&date=" + date.value());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public List<BankAccountView> getBanks() {
        return banks;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public DateParameter getDate() {
        return date;
    }

    /** Null without a bank account, or when the proposal was refused. */
    public ReleaseProposal getProposal() {
        return proposal;
    }

    public String getRefusal() {
        return refusal;
    }
}
