package sn.pmas.audittrail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.ledger.AccountService;
import sn.pmas.ledger.AccountStatement;
import sn.pmas.ledger.AccountStatementQuery;
import sn.pmas.ledger.AccountView;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.StatementLine;
import sn.pmas.ledger.TrialBalance;
import sn.pmas.ledger.TrialBalanceQuery;
import sn.pmas.ledger.TrialBalanceRow;

/**
 * The books auditors read account by account over a fiscal year, composed from the ledger's own
 * reads so that they show what the screens show: the grand livre (each account's statement, its
 * auxiliary accounts one by one) and the balance générale with each control account broken down
 * into its auxiliary accounts.
 */
@Stateless
@PermitAll
public class AuditorBooks {

    private static final String AUXILIARY = "AUXILIARY";
    private static final String CONTROL = "CONTROL";

    @EJB
    private AccountService accounts;
    @EJB
    private AccountStatementQuery statements;
    @EJB
    private TrialBalanceQuery trialBalances;
    @EJB
    private FiscalCalendarService calendar;

    /**
     * The grand livre of the year for the postable accounts whose codes run from {@code fromAccount}
     * to {@code toAccount} (a code and its sub-accounts: "401" to "409" covers 4011.HR-THIES), those
     * with neither a balance nor a movement left out.
     */
    public List<GeneralLedgerRow> generalLedger(int year, String fromAccount, String toAccount) throws LedgerException {
        AuditedYear.require(calendar, year);
        List<GeneralLedgerRow> rows = new ArrayList<>();
        for (AccountView account : accounts.list(null, "")) {
            if (!account.postable() || account.code().compareTo(fromAccount) < 0
                    || account.code().compareTo(toAccount) > 0 && !account.code().startsWith(toAccount)) {
                continue;
            }
            AccountStatement statement = statements.statement(account.code(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            if (statement.opening() == 0 && statement.lines().isEmpty()) {
                continue;
            }
            rows.add(new GeneralLedgerRow("OPENING", account.code(), account.name(), statement.from(), null, null,
                    "Solde d'ouverture", 0, 0, statement.opening()));
            for (StatementLine line : statement.lines()) {
                rows.add(new GeneralLedgerRow("LINE", account.code(), account.name(), line.entryDate(), line.journalCode(),
                        line.entryId(), line.label() == null ? line.description() : line.label(), line.debit(), line.credit(),
                        line.balance()));
            }
            rows.add(new GeneralLedgerRow("TOTAL", account.code(), account.name(), statement.to(), null, null,
                    "Total " + account.code() + " et solde de clôture", statement.totalDebit(), statement.totalCredit(),
                    statement.closing()));
        }
        return rows;
    }

    /**
     * The balance générale of the year with each control account (4011, 4581, …) replaced by its
     * auxiliary accounts; the totals are the balance générale's, the auxiliaries of a control
     * account summing to its row (checked: a difference is a bug of the ledger, not of the input).
     */
    public TrialBalance auxiliaryTrialBalance(int year) throws LedgerException {
        AuditedYear.require(calendar, year);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TrialBalance general = trialBalances.forDates(from, to);
        List<AccountView> chart = accounts.list(null, "");
        List<TrialBalanceRow> rows = new ArrayList<>();
        for (TrialBalanceRow row : general.rows()) {
            boolean control = chart.stream().anyMatch(a -> a.code().equals(row.accountCode()) && CONTROL.equals(a.kind()));
            if (!control) {
                rows.add(row);
                continue;
            }
            long[] sum = new long[4];
            for (AccountView auxiliary : chart) {
                if (!AUXILIARY.equals(auxiliary.kind()) || !auxiliary.code().startsWith(row.accountCode() + ".")) {
                    continue;
                }
                AccountStatement statement = statements.statement(auxiliary.code(), from, to);
                if (statement.opening() == 0 && statement.totalDebit() == 0 && statement.totalCredit() == 0) {
                    continue;
                }
                rows.add(new TrialBalanceRow(auxiliary.code(), auxiliary.name(), statement.opening(), statement.totalDebit(),
                        statement.totalCredit(), statement.closing()));
                sum[0] += statement.opening();
                sum[1] += statement.totalDebit();
                sum[2] += statement.totalCredit();
                sum[3] += statement.closing();
            }
            if (sum[0] != row.opening() || sum[1] != row.debit() || sum[2] != row.credit() || sum[3] != row.closing()) {
                throw new IllegalStateException("the auxiliary accounts of " + row.accountCode() + " do not sum to it in " + year);
            }
        }
        return new TrialBalance(from, to, List.copyOf(rows), general.totals());
    }
}
