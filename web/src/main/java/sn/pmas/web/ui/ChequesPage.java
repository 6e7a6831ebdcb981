package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequeKind;
import sn.pmas.cheque.ChequeStatus;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.Cheques;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/cheques.xhtml: the register of outgoing cheques, filtered by bank account, state, kind,
 * principal and payee (a GET form: bookmarkable), with the steps the accountant takes on each
 * cheque — sign and hold, hand over, record it cashed, void with a reason. The cheque acted on is
 * named by the submitted form; releases go through the planner.
 */
@Named
@RequestScoped
public class ChequesPage {

    @EJB
    private Cheques cheques;
    @EJB
    private BankAccounts bankAccounts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private String bankAccount;
    private ChequeStatus status;
    private ChequeKind kind;
    private String principal;
    private String payee;
    private List<ChequeView> shown;
    private List<BankAccountView> banks;

    @PostConstruct
    void load() {
        bankAccount = text("bankAccount");
        status = choice(ChequeStatus.values(), text("status"));
        kind = choice(ChequeKind.values(), text("kind"));
        principal = text("principal");
        payee = text("payee");
        banks = bankAccounts.list(LocalDate.now());
        shown = cheques.list(orNull(bankAccount), status, kind, orNull(principal), orNull(payee));
    }

    public String hold() {
        return step("held");
    }

    public String deliver() {
        return step("delivered");
    }

    public String cash() {
        return step("cashed");
    }

    public String voidCheque() {
        return step("voided");
    }

    private String step(String step) {
        String reference = parameters.getOrDefault("cheque", "");
        DateParameter on = DateParameter.of(parameters.get("stepDate"), LocalDate.now());
        if (on.rejected() != null) {
            return ActionMessages.refused(faces, "Date illisible : " + on.rejected());
        }
        try {
            ChequeView cheque = switch (step) {
                case "held" -> cheques.hold(reference, on.date());
                case "delivered" -> cheques.deliver(reference, on.date());
                case "cashed" -> cheques.cash(reference, on.date());
                default -> cheques.voidCheque(reference, on.date(), parameters.getOrDefault("reason", ""));
            };
            return ActionMessages.done(faces, "Chèque " + cheque.reference() + " : " + cheque.statusLabel().toLowerCase() + ".",
                    "/ui/cheques.xhtml?" + filterQuery());
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    /** Whether the cheque may take the step now ({@link ChequeStatus} name); releases are the planner's. */
    public boolean can(ChequeView cheque, String target) {
        return !"RELEASED".equals(target) && cheque.status().canMoveTo(ChequeStatus.valueOf(target));
    }

    /** The filters, to come back to the same list after a step. */
    public String filterQuery() {
        return "bankAccount=" + bankAccount + "&status=" + (status == null ? "" : status.name()) + "&kind=" + (kind == null ? "" : kind.name())
                + "&principal=" + principal + "&payee=" + payee;
    }

    public List<ChequeView> getCheques() {
        return shown;
    }

    /** What the cheques shown still pay: voided and stale cheques pay nothing. */
    public long getTotal() {
        return shown.stream().filter(c -> c.status().live()).mapToLong(ChequeView::amount).sum();
    }

    public List<BankAccountView> getBanks() {
        return banks;
    }

    public List<ChequeStatus> getStatuses() {
        return List.of(ChequeStatus.values());
    }

    public List<ChequeKind> getKinds() {
        return List.of(ChequeKind.values());
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public String getKind() {
        return kind == null ? "" : kind.name();
    }

    public String getPrincipal() {
        return principal;
    }

    public String getPayee() {
        return payee;
    }

    public String getToday() {
        return LocalDate.now().toString();
    }

    /** An empty filter is no filter. */
    private static String orNull(String filter) {
        return filter.isEmpty() ? null : filter;
    }

    private String text(String name) {
        return parameters.getOrDefault(name, "").strip();
    }

    private static <E extends Enum<E>> E choice(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
