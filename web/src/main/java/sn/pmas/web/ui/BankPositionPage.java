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
import sn.pmas.bankposition.PositionChart;
import sn.pmas.bankposition.PositionJournal;
import sn.pmas.bankposition.PositionJournals;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/bank-position.xhtml: the bank position journal of an account over a span (a GET form),
 * opening on the account's latest day with movements, and the chart and rows of the 30-day projection.
 */
@Named
@RequestScoped
public class BankPositionPage {

    @EJB
    private PositionJournals journals;
    @EJB
    private BankAccounts bankAccounts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private List<BankAccountView> banks;
    private String bankAccount;
    private LocalDate from;
    private LocalDate to;
    private PositionJournal journal;
    private String refused;

    @PostConstruct
    void load() {
        banks = bankAccounts.list(LocalDate.now());
        bankAccount = parameters.getOrDefault("bankAccount", "").strip();
        if (bankAccount.isEmpty() && !banks.isEmpty()) {
            bankAccount = banks.get(0).code();
        }
        try {
            DateParameter end = DateParameter.of(parameters.get("to"), journals.latestActivity(bankAccount, LocalDate.now()));
            DateParameter start = DateParameter.of(parameters.get("from"), end.date().withDayOfMonth(1));
            if (end.rejected() != null || start.rejected() != null) {
                refused = "Date illisible : " + (end.rejected() != null ? end.rejected() : start.rejected());
                return;
            }
            to = end.date();
            from = start.date();
            journal = journals.journal(bankAccount, from, to);
        } catch (LedgerException e) {
            refused = e.getMessage();
        }
    }

    public PositionJournal getJournal() {
        return journal;
    }

    /** The projection's chart, inline SVG (escaped nowhere: drawn from numbers and dates only). */
    public String getChart() {
        return journal == null ? "" : new PositionChart(journal.projection()).svg();
    }

    public String getRefused() {
        return refused;
    }

    public List<BankAccountView> getBanks() {
        return banks;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public String getFrom() {
        return from == null ? "" : from.toString();
    }

    public String getTo() {
        return to == null ? "" : to.toString();
    }
}
