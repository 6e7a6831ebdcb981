package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.util.List;

/**
 * The état de rapprochement bancaire of an account on a date (docs/bank-statements.md):
 * <pre>
 *   book balance (bank account 521x + its cheques issued not cashed 5219x)
 * + cheques issued not yet on the statement        (outstandingCheques, positive)
 * − deposits not yet on the statement              (depositsInTransit, positive)
 * − other book movements not yet on the statement  (bookNotOnStatement, signed as on the statement)
 * + bank lines not yet in the books                (bankNotBooked, signed)
 * = expected statement balance; difference = statement balance − expected (0 when it ties)
 * </pre>
 */
public record ReconciliationStatement(String bankAccount, String bankName, String ledgerAccount, String issuedAccount, LocalDate asOf,
                                      long bookBalance, List<Item> outstandingCheques, long outstandingChequesTotal,
                                      List<Item> depositsInTransit, long depositsInTransitTotal, List<Item> bookNotOnStatement,
                                      long bookNotOnStatementTotal, List<Item> bankNotBooked, long bankNotBookedTotal,
                                      long expectedStatementBalance, String lastStatement, Long statementBalance, Long difference,
                                      boolean tied) {

    /** One item in transit: {@code amount} signed as on the statement (positive credits the bank account). */
    public record Item(String register, String reference, LocalDate date, long amount, String label) {
    }
}
