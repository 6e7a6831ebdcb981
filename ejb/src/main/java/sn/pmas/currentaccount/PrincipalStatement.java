package sn.pmas.currentaccount;

import java.time.LocalDate;
import java.util.List;

/**
 * A principal's current-account statement: balances are positive in the principal's favour
 * (credits: funds it sent, commissions given back; debits: claims, commissions and fees).
 */
public record PrincipalStatement(String principalCode, String principalName, String accountCode, LocalDate from,
                                 LocalDate to, long opening, long totalCredits, long totalDebits, long closing,
                                 List<StatementMovement> lines) {
}
