package sn.pmas.yearend;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sn.pmas.bankstatement.BankReconciliations;
import sn.pmas.bankstatement.ReconciliationStatement;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.Francs;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.Reconciliation;
import sn.pmas.reconciliation.Reconciliations;

/**
 * What must hold before a year closes (docs/year-end.md, "Checks"), every check run and every
 * failure listed: none is skipped because an earlier one failed.
 */
@Stateless
@PermitAll
public class YearEndChecks {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private Reconciliations reconciliations;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private BankReconciliations bankReconciliations;

    public List<ClosingCheck> run(int year) throws LedgerException {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return List.of(periods(year), previousYear(year), nextYear(year), subLedgers(yearEnd), banks(year, yearEnd),
                clearingAccounts(yearEnd));
    }

    private ClosingCheck periods(int year) {
        List<String> failures = calendar.periods(year).stream().filter(p -> !"CLOSED".equals(p.state()))
                .map(p -> "Période " + p.period() + " ouverte : la clôturer.").toList();
        return ClosingCheck.of("periods", "Toutes les périodes de l'exercice clôturées", failures,
                "/ui/periods.xhtml?year=" + year);
    }

    /** Years close in order: what a year brings forward must be final. */
    private ClosingCheck previousYear(int year) {
        int previous = year - 1;
        List<String> failures = new ArrayList<>();
        if (calendar.yearExists(previous) && !calendar.yearClosed(previous) && hasEntries(previous)) {
            failures.add("L'exercice " + previous + " a des écritures et n'est pas clôturé : le clôturer d'abord.");
        }
        return ClosingCheck.of("previous-year", "Exercice précédent clôturé (s'il a des écritures)", failures,
                "/ui/year-end.xhtml?year=" + previous);
    }

    /** The AN entries are dated 1 January of the next year, whose January must take them. */
    private ClosingCheck nextYear(int year) {
        int next = year + 1;
        List<String> failures = new ArrayList<>();
        if (calendar.yearExists(next)) {
            calendar.periods(next).stream().filter(p -> p.period().equals(YearMonth.of(next, 1).toString()))
                    .filter(p -> !"OPEN".equals(p.state()))
                    .forEach(p -> failures.add("Janvier " + next + " est clôturé : les à-nouveaux y sont datés du 1er janvier."));
        }
        return ClosingCheck.of("next-year", "Janvier de l'exercice suivant ouvert (à-nouveaux)", failures,
                "/ui/periods.xhtml?year=" + next);
    }

    /**
     * Every register's movements of the year tie with its control accounts' movements of the year.
     * What came before was checked when the year before closed: years close in order.
     */
    private ClosingCheck subLedgers(LocalDate yearEnd) {
        List<String> failures = reconciliations.between(yearEnd.withDayOfYear(1), yearEnd).stream().filter(r -> !r.tied())
                .map(YearEndChecks::describe).toList();
        return ClosingCheck.of("sub-ledgers", "Sous-journaux rapprochés du grand livre sur l'exercice", failures,
                "/ui/reconciliation.xhtml?asOf=" + yearEnd);
    }

    private static String describe(Reconciliation reconciliation) {
        return reconciliation.title() + " (" + String.join(", ", reconciliation.accounts()) + ") : registre "
                + Francs.amount(reconciliation.registerTotal()) + ", grand livre " + Francs.amount(reconciliation.ledgerBalance())
                + ", écart " + Francs.amount(reconciliation.difference()) + ".";
    }

    /**
     * Every bank account that moved in the year ties at year end: a statement covering 31 December
     * whose balance equals the books' once the items in transit are listed. An account that did not
     * move keeps the reconciliation of the year before.
     */
    private ClosingCheck banks(int year, LocalDate yearEnd) throws LedgerException {
        List<String> failures = new ArrayList<>();
        for (BankAccountView bank : bankAccounts.list(yearEnd)) {
            if (!moved(year, List.of(bank.ledgerAccount(), bank.issuedAccount()))) {
                continue;
            }
            ReconciliationStatement statement = bankReconciliations.on(bank.code(), yearEnd);
            if (statement.statementBalance() == null) {
                failures.add("Compte " + bank.code() + " (" + bank.ledgerAccount() + ") : aucun relevé importé ne couvre le " + yearEnd + ".");
            } else if (!statement.tied()) {
                failures.add("Compte " + bank.code() + " (" + bank.ledgerAccount() + ") : l'état de rapprochement au " + yearEnd
                        + " présente un écart de " + Francs.amount(statement.difference()) + ".");
            }
        }
        return ClosingCheck.of("banks", "Rapprochements bancaires au " + yearEnd, failures, "/ui/bank-statements.xhtml");
    }

    private ClosingCheck clearingAccounts(LocalDate yearEnd) {
        List<String> failures = new ArrayList<>();
        Map<Long, String> accounts = clearingAccountsOn(yearEnd);
        new LedgerTotals(em).balancesAt(accounts.keySet(), yearEnd).forEach((id, totals) -> {
            if (totals.debitBalance() != 0) {
                failures.add("Compte " + accounts.get(id) + " : solde de " + Francs.amount(totals.debitBalance())
                        + " au " + yearEnd + " (compte d'attente ou de virement interne : le solder).");
            }
        });
        failures.sort(String::compareTo);
        return ClosingCheck.of("clearing-accounts", "Comptes d'attente et de virements internes soldés", failures,
                "/ui/trial-balance.xhtml?period=" + YearMonth.from(yearEnd));
    }

    /** The postable accounts under the prefixes of year_end_clearing_account in force on the date. */
    private Map<Long, String> clearingAccountsOn(LocalDate date) {
        Map<Long, String> accounts = new TreeMap<>();
        em.createNativeQuery("SELECT a.id, a.code FROM account a WHERE a.postable = TRUE AND EXISTS (SELECT 1 FROM "
                        + "year_end_clearing_account c WHERE a.code LIKE c.account_prefix || '%' AND c.valid_from <= ?1 "
                        + "AND (c.valid_to IS NULL OR c.valid_to > ?1))")
                .setParameter(1, date).getResultList()
                .forEach(row -> accounts.put(SqlValues.longOf(((Object[]) row)[0]), (String) ((Object[]) row)[1]));
        return accounts;
    }

    private boolean moved(int year, List<String> accountCodes) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM account_year_balance y JOIN account a ON a.id = y.account_id "
                        + "WHERE y.fiscal_year = ?1 AND (y.debit_total > 0 OR y.credit_total > 0) AND a.code IN (?2)")
                .setParameter(1, year).setParameter(2, accountCodes).getSingleResult();
        return SqlValues.longOf(count) > 0;
    }

    boolean hasEntries(int year) {
        return !em.createNativeQuery("SELECT id FROM journal_entry WHERE period_id >= ?1 AND period_id <= ?2")
                .setParameter(1, year * 100 + 1).setParameter(2, year * 100 + 12).setMaxResults(1).getResultList().isEmpty();
    }
}
