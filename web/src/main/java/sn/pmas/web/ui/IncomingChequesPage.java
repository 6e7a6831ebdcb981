package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.annotation.RequestParameterValuesMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.incoming.DepositSlipView;
import sn.pmas.incoming.DepositSlips;
import sn.pmas.incoming.IncomingChequeException;
import sn.pmas.incoming.IncomingChequeStatus;
import sn.pmas.incoming.IncomingChequeView;
import sn.pmas.incoming.IncomingCheques;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/incoming-cheques.xhtml: the register of incoming cheques (filtered by state and
 * principal, a GET form), the deposit of the received cheques ticked on a new slip, a cheque
 * returned unpaid, and the deposit slips with their bordereau and the bank's credit.
 */
@Named
@RequestScoped
public class IncomingChequesPage {

    @EJB
    private IncomingCheques cheques;
    @EJB
    private DepositSlips slips;
    @EJB
    private BankAccounts bankAccounts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    @RequestParameterValuesMap
    private Map<String, String[]> values;
    @Inject
    private FacesContext faces;

    private IncomingChequeStatus status;
    private String principal;
    private List<IncomingChequeView> shown;
    private List<DepositSlipView> slipsShown;
    private List<BankAccountView> banks;

    @PostConstruct
    void load() {
        String state = parameters.getOrDefault("status", "").strip();
        status = Arrays.stream(IncomingChequeStatus.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        principal = parameters.getOrDefault("principal", "").strip();
        shown = cheques.list(status, principal.isEmpty() ? null : principal, null, null);
        slipsShown = slips.list(null, null, null);
        banks = bankAccounts.list(LocalDate.now());
    }

    /** Puts the ticked received cheques on a new slip of the chosen account. */
    public String deposit() {
        DateParameter on = DateParameter.of(parameters.get("depositDate"), LocalDate.now());
        if (on.rejected() != null) {
            return ActionMessages.refused(faces, "Date illisible : " + on.rejected());
        }
        List<String> ticked = Arrays.asList(values.getOrDefault("slipCheque", new String[0]));
        if (ticked.isEmpty()) {
            return ActionMessages.refused(faces, "Cocher au moins un chèque reçu à remettre en banque.");
        }
        try {
            DepositSlipView slip = slips.deposit(parameters.getOrDefault("depositBank", ""), on.date(), ticked);
            return ActionMessages.done(faces, "Remise " + slip.reference() + " : " + slip.chequeCount() + " chèque(s) sur " + slip.bankAccount() + ".",
                    "/ui/incoming-cheques.xhtml");
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        } catch (IncomingChequeException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String returnUnpaid() {
        DateParameter on = DateParameter.of(parameters.get("stepDate"), LocalDate.now());
        if (on.rejected() != null) {
            return ActionMessages.refused(faces, "Date illisible : " + on.rejected());
        }
        try {
            IncomingChequeView cheque = cheques.returnUnpaid(parameters.getOrDefault("cheque", ""), on.date(), parameters.getOrDefault("reason", ""));
            return ActionMessages.done(faces, "Chèque " + cheque.reference() + " impayé : réception extournée, alerte levée.", "/ui/incoming-cheques.xhtml");
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        } catch (IncomingChequeException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String clear() {
        DateParameter on = DateParameter.of(parameters.get("stepDate"), LocalDate.now());
        if (on.rejected() != null) {
            return ActionMessages.refused(faces, "Date illisible : " + on.rejected());
        }
        try {
            DepositSlipView slip = slips.clear(parameters.getOrDefault("slip", ""), on.date());
            return ActionMessages.done(faces, "Remise " + slip.reference() + " créditée le " + slip.clearedOn() + ".", "/ui/incoming-cheques.xhtml");
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        } catch (IncomingChequeException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public boolean canReturn(IncomingChequeView cheque) {
        return cheque.status().mayBecome(IncomingChequeStatus.RETURNED);
    }

    public List<IncomingChequeView> getCheques() {
        return shown;
    }

    public long getTotal() {
        return shown.stream().filter(c -> c.status() != IncomingChequeStatus.RETURNED).mapToLong(IncomingChequeView::amount).sum();
    }

    public List<DepositSlipView> getSlips() {
        return slipsShown;
    }

    public List<BankAccountView> getBanks() {
        return banks;
    }

    public List<IncomingChequeStatus> getStatuses() {
        return List.of(IncomingChequeStatus.values());
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public String getPrincipal() {
        return principal;
    }

    public String getToday() {
        return LocalDate.now().toString();
    }
}
