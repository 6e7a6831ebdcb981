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
import sn.pmas.bankstatement.BankReconciliations;
import sn.pmas.bankstatement.BankStatements;
import sn.pmas.bankstatement.LineView;
import sn.pmas.bankstatement.MatchingRule;
import sn.pmas.bankstatement.MatchingRules;
import sn.pmas.bankstatement.ReconciliationStatement;
import sn.pmas.bankstatement.StatementDetail;
import sn.pmas.bankstatement.StatementView;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.demo.DemoStatementSamples;
import sn.pmas.ledger.LedgerException;

/**
 * Backs ui/bank-statements.xhtml (*Relevés bancaires*): the import (sent by the page's script to
 * {@code POST /api/bank-statements}, with its progress), the statements of a bank account, the
 * matching screen of one statement (latest by default), the rules, and the reconciliation
 * statement on the statement's last day. Matches and rules are written by the script through the API.
 */
@Named
@RequestScoped
public class BankStatementsPage {

    /** Where the demo's money is: the principals' account. */
    static final String DEFAULT_BANK = "BQ-MANDANTS";

    @EJB
    private BankStatements statements;
    @EJB
    private MatchingRules rules;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private BankReconciliations reconciliations;
    @EJB
    private DemoStatementSamples samples;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private String bank;
    private List<BankAccountView> banks;
    private List<StatementView> shown;
    private StatementDetail detail;
    private ReconciliationStatement reconciliation;
    private LocalDate asOf;

    @PostConstruct
    void load() {
        banks = bankAccounts.list(LocalDate.now());
        bank = parameters.getOrDefault("bank", DEFAULT_BANK);
        try {
            shown = statements.list(bank);
            String chosen = parameters.get("statement");
            StatementView statement = shown.stream().filter(s -> chosen == null || Long.toString(s.id()).equals(chosen)).findFirst().orElse(null);
            if (statement != null) {
                detail = statements.detail(statement.id());
                asOf = statement.toDate();
                reconciliation = reconciliations.on(bank, asOf);
            }
        } catch (LedgerException | sn.pmas.bankstatement.StatementException e) {
            shown = List.of();
        }
    }

    public String getBank() {
        return bank;
    }

    public List<BankAccountView> getBanks() {
        return banks;
    }

    public List<StatementView> getStatements() {
        return shown;
    }

    public StatementDetail getDetail() {
        return detail;
    }

    public List<LineView> getLines() {
        return detail == null ? List.of() : detail.lines();
    }

    public ReconciliationStatement getReconciliation() {
        return reconciliation;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public List<MatchingRule> getRules() {
        return rules.list();
    }

    /** The sample month offered: the demo's last month. */
    public String getSampleMonth() {
        return DemoStatementSamples.SAMPLE_MONTH.toString();
    }

    /** The opening balance a first CSV statement of the sample month needs (a CAMT.053 file carries its own). */
    public long getSampleOpening() throws LedgerException {
        return samples.opening(bank, DemoStatementSamples.SAMPLE_MONTH);
    }

    /** The open items offered to a line, as the manual match names them. */
    public static String key(sn.pmas.bankstatement.OpenItem item) {
        return item.register() + "|" + item.reference();
    }
}
