package sn.pmas.bankstatement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.cheque.BankAccount;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.SqlValues;

/** The reconciliation statement of a bank account on a date, from the ledger's read model and the matched statements. */
@Stateless
@PermitAll
public class BankReconciliations {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;
    @Inject
    private Instance<BookedBankItems> registers;

    public ReconciliationStatement on(String bankCode, LocalDate asOf) throws LedgerException {
        BankAccount bank = bankAccounts.require(bankCode);
        long book = LedgerTotals.sum(new LedgerTotals(em).balancesAt(List.of(bank.ledgerAccountId(), bank.issuedAccountId()), asOf))
                .debitBalance();
        List<ReconciliationStatement.Item> cheques = new ArrayList<>();
        List<ReconciliationStatement.Item> deposits = new ArrayList<>();
        for (BookedBankItems register : registers) {
            if (!register.inBookPosition()) {
                continue;
            }
            for (BookedBankItem item : register.openOn(bank.code(), asOf)) {
                ReconciliationStatement.Item line = new ReconciliationStatement.Item(item.register(), item.reference(), item.bookedOn(),
                        item.amount(), item.label());
                (item.amount() < 0 ? cheques : deposits).add(line);
            }
        }
        List<ReconciliationStatement.Item> bookOnly = BankLedgerLines.open(em, bank, asOf, true).stream()
                .map(i -> new ReconciliationStatement.Item(i.register(), i.reference(), i.date(), i.amount(), i.label())).toList();
        List<ReconciliationStatement.Item> bankOnly = bankNotBooked(bank, asOf);
        long chequesTotal = -sum(cheques);
        long depositsTotal = sum(deposits);
        long bookOnlyTotal = sum(bookOnly);
        long bankOnlyTotal = sum(bankOnly);
        long expected = book + chequesTotal - depositsTotal - bookOnlyTotal + bankOnlyTotal;
        Object[] last = lastStatement(bank, asOf);
        Long statementBalance = last == null ? null : SqlValues.longOf(last[1]);
        Long difference = statementBalance == null ? null : statementBalance - expected;
        return new ReconciliationStatement(bank.code(), bank.bankName(), code(bank.ledgerAccountId()), code(bank.issuedAccountId()), asOf, book,
                cheques, chequesTotal, deposits, depositsTotal, bookOnly, bookOnlyTotal, bankOnly, bankOnlyTotal, expected,
                last == null ? null : (String) last[0], statementBalance, difference, difference != null && difference == 0);
    }

    /** Statement lines dated on or before {@code asOf} matched with nothing the books show by then. */
    private List<ReconciliationStatement.Item> bankNotBooked(BankAccount bank, LocalDate asOf) {
        List<ReconciliationStatement.Item> items = new ArrayList<>();
        em.createNativeQuery("SELECT l.bank_reference, l.booking_date, l.amount, l.label FROM bank_statement_line l WHERE l.bank_account_id = ?1 "
                        + "AND l.booking_date <= ?2 AND NOT EXISTS (SELECT 1 FROM bank_line_match m WHERE m.line_id = l.id AND m.item_date <= ?2) "
                        + "ORDER BY l.booking_date, l.id")
                .setParameter(1, bank.id()).setParameter(2, asOf).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    items.add(new ReconciliationStatement.Item("bank", (String) c[0], SqlValues.dateOf(c[1]), SqlValues.longOf(c[2]), (String) c[3]));
                });
        return items;
    }

    /** The statement covering {@code asOf} (the latest begun by then) and its balance at the end of that day. */
    private Object[] lastStatement(BankAccount bank, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT s.statement_id, s.opening_balance + COALESCE((SELECT SUM(l.amount) FROM bank_statement_line l "
                        + "WHERE l.statement_id = s.id AND l.booking_date <= ?2), 0) FROM bank_statement s WHERE s.bank_account_id = ?1 "
                        + "AND s.from_date <= ?2 ORDER BY s.from_date DESC, s.id DESC")
                .setParameter(1, bank.id()).setParameter(2, asOf).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static long sum(List<ReconciliationStatement.Item> items) {
        return items.stream().mapToLong(ReconciliationStatement.Item::amount).sum();
    }

    private String code(long accountId) {
        return em.find(Account.class, accountId).code();
    }
}
